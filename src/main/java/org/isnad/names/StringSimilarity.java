package org.isnad.names;

/**
 * Plain string similarities in [0, 1]: Levenshtein ratio, Jaro-Winkler, and a weighted edit similarity over
 * {@link Skeleton} symbols where the substitutions transliterations make (J/G, Q/K, T/TH, D/DH, S/SH…) and the
 * insertions of W, Y and H (long vowels written or not) cost little.
 */
public final class StringSimilarity {
    private static final String CHEAP_PAIRS = "JG GQ QK XH T0 0S D9 9Z FV WV JY";
    private static final String MEDIUM_PAIRS = "KG KX ZS SC TD DZ BV BF";

    private StringSimilarity() {
    }

    /** 1 − Levenshtein distance / longer length. */
    public static double levenshteinRatio(String a, String b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1.0;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[b.length()] / max;
    }

    /** Jaro-Winkler similarity with the usual prefix scale 0.1 over at most four characters. */
    public static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] ma = new boolean[a.length()];
        boolean[] mb = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            int lo = Math.max(0, i - window);
            int hi = Math.min(b.length() - 1, i + window);
            for (int j = lo; j <= hi; j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int t = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (ma[i]) {
                while (!mb[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    t++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - t / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < 4 && prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /**
     * Weighted edit similarity of two skeletons: 1 − cost / longer length. Besides substitutions and indels, a
     * digraph symbol may align with the two letters it can also stand for (C with SH as in Is-haq, X with KH,
     * 0 with TH, 9 with DH) at a small cost.
     */
    public static double skeleton(String a, String b) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1.0;
        }
        if (a.equals(b)) {
            return 1.0;
        }
        int m = b.length();
        double[] prev2 = new double[m + 1];
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= a.length(); i++) {
            char ca = a.charAt(i - 1);
            cur[0] = prev[0] + indel(ca);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                double best = Math.min(prev[j - 1] + substitution(ca, cb),
                        Math.min(prev[j] + indel(ca), cur[j - 1] + indel(cb)));
                if (j >= 2 && digraph(ca, b.charAt(j - 2), cb)) {
                    best = Math.min(best, prev[j - 2] + DIGRAPH_COST);
                }
                if (i >= 2 && digraph(cb, a.charAt(i - 2), ca)) {
                    best = Math.min(best, prev2[j - 1] + DIGRAPH_COST);
                }
                cur[j] = best;
            }
            double[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.max(0.0, 1.0 - prev[m] / max);
    }

    private static final double DIGRAPH_COST = 0.2;

    /** True if the digraph symbol {@code s} can be the two letters {@code x y} written apart. */
    private static boolean digraph(char s, char x, char y) {
        if (y != 'H') {
            return false;
        }
        return switch (s) {
            case 'C' -> x == 'S';
            case 'X' -> x == 'K';
            case '0' -> x == 'T';
            case '9' -> x == 'D';
            case 'G' -> x == 'G';
            default -> false;
        };
    }

    static double indel(char c) {
        return switch (c) {
            case 'W', 'Y' -> 0.3;
            case 'H' -> 0.5;
            default -> 1.0;
        };
    }

    static double substitution(char a, char b) {
        if (a == b) {
            return 0.0;
        }
        if (pair(CHEAP_PAIRS, a, b)) {
            return 0.3;
        }
        if (pair(MEDIUM_PAIRS, a, b)) {
            return 0.6;
        }
        return 1.0;
    }

    private static boolean pair(String pairs, char a, char b) {
        for (int i = 0; i + 1 < pairs.length(); i += 3) {
            char x = pairs.charAt(i);
            char y = pairs.charAt(i + 1);
            if ((x == a && y == b) || (x == b && y == a)) {
                return true;
            }
        }
        return false;
    }
}
