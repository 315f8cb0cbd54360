package org.isnad.ner;

import java.util.List;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * Turns a sentence into feature hashes, one array per token: word forms (surface fold, base without proclitics,
 * light stem), proclitics, prefixes and suffixes, shape, a window of two words each side, word bigrams, gazetteer
 * hits of the word and its neighbours, word clusters, and — for the second (stacked) pass — the first pass's labels
 * and the types the same stem received elsewhere in the document. Thread-safe.
 */
final class FeatureExtractor {
    private static final int[] NO_CLUSTER = new int[0];
    private final WordClusters clusters;
    private final WordClusters profiles;
    private final boolean contextOnly;

    FeatureExtractor(WordClusters clusters) {
        this(clusters, WordClusters.empty());
    }

    FeatureExtractor(WordClusters clusters, WordClusters profiles) {
        this(clusters, profiles, false);
    }

    /**
     * @param clusters word clusters (possibly empty)
     * @param profiles entity-type profiles of words from auto-tagged news ({@link TypeProfiles}; possibly empty)
     * @param contextOnly leave out everything that identifies the word itself (its forms, affixes, clusters,
     *                 profile and the bigrams containing it), keeping its shape, its gazetteer hits and its
     *                 context: a tagger that must judge a word by its surroundings (see {@link TypeProfiles})
     */
    FeatureExtractor(WordClusters clusters, WordClusters profiles, boolean contextOnly) {
        this.clusters = clusters;
        this.profiles = profiles;
        this.contextOnly = contextOnly;
    }

    /**
     * @param toks   the sentence
     * @param gaz    gazetteer masks per token ({@link Gazetteer#match})
     * @param pass1  first-pass labels per token, or an empty array for the first pass
     * @param ctx    per token, a bit mask of entity types (bit = label type index) that the same stem received
     *               elsewhere in the document in the first pass; empty array for the first pass
     */
    long[][] extract(List<Token> toks, int[] gaz, int[] pass1, int[] ctx) {
        long[][] base = extract(toks, gaz);
        return pass1.length == 0 ? base : stacked(base, pass1, ctx);
    }

    /** First-pass features: each token's own features ({@link #word}) followed by its context features. */
    long[][] extract(List<Token> toks, int[] gaz) {
        int n = toks.size();
        WordFeatures[] w = new WordFeatures[n];
        for (int i = 0; i < n; i++) {
            w[i] = word(toks.get(i));
        }
        long[][] ctx = context(toks, w, gaz);
        long[][] out = new long[n][];
        for (int i = 0; i < n; i++) {
            long[] f = new long[w[i].local().length + ctx[i].length];
            System.arraycopy(w[i].local(), 0, f, 0, w[i].local().length);
            System.arraycopy(ctx[i], 0, f, w[i].local().length, ctx[i].length);
            out[i] = f;
        }
        return out;
    }

    /**
     * What a word contributes on its own, whatever its context: its shape and word clusters (which its neighbours'
     * features read) and the hashes of its own features (forms, proclitics, affixes, shape, clusters). A function
     * of the token's forms and kind, so it can be cached per word type.
     */
    record WordFeatures(String shape, int[] clusters, int profile, long[] local) {
    }

    WordFeatures word(Token t) {
        String base = t.base();
        String shape = shape(t);
        int[] cl = clusters.levels() == 0 ? NO_CLUSTER : clusters.of(base);
        int[] pr = profiles.levels() == 0 ? NO_CLUSTER : profiles.of(base);
        long[] buf = new long[17 + cl.length + pr.length];
        int k = 0;
        if (contextOnly) {
            return new WordFeatures(shape, cl, -1, new long[] {FeatureHash.of(0), FeatureHash.of(12, shape)});
        }
        buf[k++] = FeatureHash.of(0);
        buf[k++] = FeatureHash.of(1, t.norm());
        buf[k++] = FeatureHash.of(2, base);
        buf[k++] = FeatureHash.of(3, t.stem());
        buf[k++] = FeatureHash.of(4, t.proclitics());
        int coreStart = base.startsWith("ال") && base.length() > 3 ? 2 : 0;
        for (int a = 1; a <= 3 && a <= base.length() - coreStart; a++) {
            buf[k++] = FeatureHash.of(4 + a, base, coreStart, coreStart + a);
        }
        for (int a = 1; a <= 4 && a <= base.length(); a++) {
            buf[k++] = FeatureHash.of(7 + a, base, base.length() - a, base.length());
        }
        buf[k++] = FeatureHash.of(12, shape);
        for (int l = 0; l < cl.length; l++) {
            buf[k++] = FeatureHash.of(40 + l, cl[l]);
        }
        int packed = -1;
        if (pr.length > 0) {
            packed = 0;
            for (int l = 0; l < pr.length; l++) {
                buf[k++] = FeatureHash.of(70 + l, pr[l]);
                packed = packed * 8 + pr[l];
            }
            buf[k++] = FeatureHash.of(69, packed);
        }
        return new WordFeatures(shape, cl, packed, java.util.Arrays.copyOf(buf, k));
    }

    /** Context features of each token: neighbouring words, shapes and clusters, position, gazetteer hits. */
    long[][] context(List<Token> toks, WordFeatures[] w, int[] gaz) {
        int n = toks.size();
        long[][] out = new long[n][];
        long[] buf = new long[256];
        for (int i = 0; i < n; i++) {
            int k = 0;
            String base = toks.get(i).base();
            String shape = w[i].shape();
            if (!contextOnly) {
                buf[k++] = FeatureHash.of(13, word(toks, i - 1), base);
                buf[k++] = FeatureHash.of(14, base, word(toks, i + 1));
            }
            buf[k++] = FeatureHash.of(15, word(toks, i - 1));
            buf[k++] = FeatureHash.of(16, word(toks, i + 1));
            buf[k++] = FeatureHash.of(17, word(toks, i - 2));
            buf[k++] = FeatureHash.of(18, word(toks, i + 2));
            buf[k++] = FeatureHash.of(19, stemAt(toks, i - 1));
            buf[k++] = FeatureHash.of(20, stemAt(toks, i + 1));
            buf[k++] = FeatureHash.of(21, i > 0 ? w[i - 1].shape() : "<s>", shape);
            buf[k++] = FeatureHash.of(22, shape, i + 1 < n ? w[i + 1].shape() : "</s>");
            buf[k++] = FeatureHash.of(23, procliticsAt(toks, i + 1));
            if (i > 0) {
                String prev = toks.get(i - 1).base();
                buf[k++] = FeatureHash.of(24, prev, Math.max(0, prev.length() - 2), prev.length());
            } else {
                buf[k++] = FeatureHash.of(24, "<s>");
            }
            if (i == 0) {
                buf[k++] = FeatureHash.of(25);
            }
            k = gazetteer(buf, k, 30, gaz[i]);
            k = gazetteer(buf, k, 31, i > 0 ? gaz[i - 1] : 0);
            k = gazetteer(buf, k, 32, i + 1 < n ? gaz[i + 1] : 0);
            k = gazetteer(buf, k, 33, i > 1 ? gaz[i - 2] : 0);
            int[] cl = w[i].clusters();
            if (cl.length > 1) {
                int[] before = i > 0 ? w[i - 1].clusters() : NO_CLUSTER;
                int[] after = i + 1 < n ? w[i + 1].clusters() : NO_CLUSTER;
                buf[k++] = FeatureHash.of(45, before.length > 1 ? before[1] : -1);
                buf[k++] = FeatureHash.of(50, after.length > 1 ? after[1] : -1);
            }
            if (profiles.levels() > 0) {
                buf[k++] = FeatureHash.of(76, i > 0 ? w[i - 1].profile() : -2);
                buf[k++] = FeatureHash.of(77, i + 1 < n ? w[i + 1].profile() : -2);
            }
            out[i] = java.util.Arrays.copyOf(buf, k);
        }
        return out;
    }

    /** Second-pass features: the first-pass features plus the first pass's labels and the document context. */
    long[][] stacked(long[][] base, int[] pass1, int[] ctx) {
        int n = base.length;
        long[][] out = new long[n][];
        long[] buf = new long[48];
        for (int i = 0; i < n; i++) {
            int k = 0;
            buf[k++] = FeatureHash.of(60, pass1[i]);
            buf[k++] = FeatureHash.of(61, i > 0 ? pass1[i - 1] : -1);
            buf[k++] = FeatureHash.of(62, i + 1 < n ? pass1[i + 1] : -1);
            buf[k++] = FeatureHash.of(63, ctx[i]);
            for (int b = 0; b < 16; b++) {
                if ((ctx[i] & (1 << b)) != 0) {
                    buf[k++] = FeatureHash.of(64, b);
                    buf[k++] = FeatureHash.of(65, b, i > 0 ? pass1[i - 1] : -1);
                }
            }
            buf[k++] = FeatureHash.of(66, i > 0 ? ctx[i - 1] : -1, i + 1 < n ? ctx[i + 1] : -1);
            long[] f = new long[base[i].length + k];
            System.arraycopy(base[i], 0, f, 0, base[i].length);
            System.arraycopy(buf, 0, f, base[i].length, k);
            out[i] = f;
        }
        return out;
    }

    private static int gazetteer(long[] buf, int k, int template, int mask) {
        if (mask == 0) {
            return k;
        }
        for (int b = 0; b < 32; b++) {
            if ((mask & (1 << b)) != 0) {
                buf[k++] = FeatureHash.of(template, b);
            }
        }
        return k;
    }

    private static String word(List<Token> toks, int i) {
        return i < 0 ? "<s>" : i >= toks.size() ? "</s>" : toks.get(i).base();
    }

    private static String stemAt(List<Token> toks, int i) {
        return i < 0 ? "<s>" : i >= toks.size() ? "</s>" : toks.get(i).stem();
    }

    private static String procliticsAt(List<Token> toks, int i) {
        return i < 0 ? "<s>" : i >= toks.size() ? "</s>" : toks.get(i).proclitics();
    }

    /** Coarse shape: kind, a length bucket, the article, the nisba ending ـي/ـية, Latin capitals. */
    static String shape(Token t) {
        StringBuilder sb = new StringBuilder(8);
        sb.append(t.kind().name().charAt(0));
        int len = t.base().length();
        sb.append(len <= 2 ? '1' : len <= 4 ? '2' : len <= 7 ? '3' : '4');
        if (t.kind() == TokenKind.ARABIC) {
            if (t.base().startsWith("ال")) {
                sb.append('a');
            }
            if (t.base().endsWith("ي") || t.base().endsWith("يه")) {
                sb.append('n');
            }
        } else if (t.kind() == TokenKind.LATIN || t.kind() == TokenKind.MIXED) {
            String s = t.surface();
            boolean upper = !s.isEmpty() && Character.isUpperCase(s.charAt(0));
            boolean allUpper = s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            sb.append(allUpper ? 'U' : upper ? 'C' : 'l');
        }
        return sb.toString();
    }
}
