package org.isnad.store;

import org.isnad.text.ArabicNormalizer;

/**
 * MinHash signatures of a text's word shingles, for finding re-publications of the same report (near-duplicates)
 * without comparing every pair: texts are folded by {@link ArabicNormalizer#MATCHING}, split into words, and every
 * run of {@value #SHINGLE} words is hashed by {@value #HASHES} hash functions. Two signatures agree in a position with
 * probability equal to the Jaccard similarity of the shingle sets. Signatures are cut into {@value #BANDS} bands of
 * {@value #ROWS} rows for locality-sensitive lookup: pairs with Jaccard 0.7 share a band with probability ≈ 0.998.
 */
public final class MinHash {
    public static final int SHINGLE = 4;
    public static final int HASHES = 64;
    public static final int BANDS = 16;
    public static final int ROWS = HASHES / BANDS;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x632BE59BD9B4E019L);
            SEEDS[i] = s;
        }
    }

    private MinHash() {
    }

    /** The signature of a text: {@value #HASHES} minimum hash values. */
    public static int[] signature(String text) {
        long[] shingles = shingles(text);
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (long sh : shingles) {
            for (int i = 0; i < HASHES; i++) {
                int h = (int) (mix(sh ^ SEEDS[i]) >>> 33);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /**
     * The distinct 64-bit hashes of the text's word shingles (one shingle of all words when the text is shorter):
     * each word enters as its {@link String#hashCode()}, folded into the shingle hash word by word.
     */
    static long[] shingles(String text) {
        int[] words = wordHashes(ArabicNormalizer.MATCHING.normalize(text));
        if (words.length == 0) {
            return new long[0];
        }
        int n = Math.max(1, words.length - SHINGLE + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < Math.min(words.length, i + SHINGLE); j++) {
                h = 31 * h + words[j];
                h = mix(h);
            }
            out[i] = h;
        }
        java.util.Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return java.util.Arrays.copyOf(out, distinct);
    }

    /** The {@link String#hashCode()} of every run of letters or digits of a folded text, without making strings. */
    private static int[] wordHashes(String folded) {
        int[] out = new int[16];
        int n = 0;
        int h = 0;
        boolean in = false;
        for (int i = 0; i <= folded.length(); i++) {
            char ch = i < folded.length() ? folded.charAt(i) : ' ';
            if (i < folded.length() && Character.isLetterOrDigit(ch)) {
                h = in ? 31 * h + ch : ch;
                in = true;
            } else if (in) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = h;
                in = false;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The estimated Jaccard similarity of the shingle sets behind two signatures. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** The hash of band {@code band} of a signature. */
    public static long band(int[] sig, int band) {
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < ROWS; r++) {
            h = mix(h ^ sig[band * ROWS + r]);
        }
        return h;
    }

    /** A signature as fixed-width hex, for storage. */
    public static String encode(int[] sig) {
        char[] out = new char[HASHES * 8];
        for (int i = 0; i < HASHES; i++) {
            for (int d = 0; d < 8; d++) {
                out[i * 8 + d] = Character.forDigit((sig[i] >>> (28 - 4 * d)) & 0xF, 16);
            }
        }
        return new String(out);
    }

    public static int[] decode(String hex) {
        int[] sig = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            sig[i] = Integer.parseUnsignedInt(hex.substring(i * 8, i * 8 + 8), 16);
        }
        return sig;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
