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

    /** Reusable DP rows, one set per thread. */
    private static final class Rows {
        int[] a = new int[32];
        int[] b = new int[32];
        double[] x = new double[32];
        double[] y = new double[32];
        double[] z = new double[32];

        void ensure(int n) {
            if (a.length < n) {
                int m = Math.max(n, a.length * 2);
                a = new int[m];
                b = new int[m];
                x = new double[m];
                y = new double[m];
                z = new double[m];
            }
        }
    }

    private static final ThreadLocal<Rows> ROWS = ThreadLocal.withInitial(Rows::new);

    /** 1 − Levenshtein distance / longer length. */
    public static double levenshteinRatio(String a, String b) {
        return levenshteinRatio(a, b, 0.0);
    }

    /**
     * The Levenshtein ratio if it is at least {@code min}; otherwise some value below {@code min} (the computation
     * stops as soon as the distance allowed is exceeded).
     */
    public static double levenshteinRatio(String a, String b, double min) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1.0;
        }
        double allowed = min <= 0 ? Double.MAX_VALUE : (1.0 - min) * max + 1e-9;
        if (Math.abs(a.length() - b.length()) > allowed || (min > 0 && missingChars(a, b) > allowed)) {
            return 0.0;
        }
        int m = b.length();
        Rows rows = ROWS.get();
        rows.ensure(m + 1);
        int[] prev = rows.a;
        int[] cur = rows.b;
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > allowed) {
                return 0.0;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[m] / max;
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
        return skeleton(a, b, 0.0);
    }

    /**
     * The skeleton similarity if it is at least {@code min}; otherwise some value below {@code min} (the
     * computation stops as soon as the cost allowed is exceeded).
     */
    public static double skeleton(String a, String b, double min) {
        int max = Math.max(a.length(), b.length());
        if (max == 0) {
            return 1.0;
        }
        if (a.equals(b)) {
            return 1.0;
        }
        double allowed = min <= 0 ? Double.MAX_VALUE : (1.0 - min) * max + 1e-9;
        // every symbol one side has more than the other costs at least a digraph's share
        if (DIGRAPH_COST * Math.abs(a.length() - b.length()) > allowed
                || (min > 0 && missingSymbolCost(a, b) > allowed)) {
            return 0.0;
        }
        double lastMin = 0;
        int m = b.length();
        Rows rows = ROWS.get();
        rows.ensure(m + 1);
        double[] prev2 = rows.x;
        double[] prev = rows.y;
        double[] cur = rows.z;
        prev[0] = 0;
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + indel(b.charAt(j - 1));
        }
        for (int i = 1; i <= a.length(); i++) {
            char ca = a.charAt(i - 1);
            cur[0] = prev[0] + indel(ca);
            double rowMin = cur[0];
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
                rowMin = Math.min(rowMin, best);
            }
            // a cell depends on the two rows above it at most (digraphs): stop when both exceed the allowance
            if (rowMin > allowed && lastMin > allowed) {
                return 0.0;
            }
            lastMin = rowMin;
            double[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.max(0.0, 1.0 - prev[m] / max);
    }

    static final double DIGRAPH_COST = 0.2;

    /** A set of chars as bits of their low six bits (distinct within the Latin, Arabic and skeleton alphabets). */
    static long charSet(String s) {
        long m = 0;
        for (int i = 0; i < s.length(); i++) {
            m |= 1L << (s.charAt(i) & 63);
        }
        return m;
    }

    /**
     * A lower bound of the Levenshtein distance: every distinct char one side has and the other lacks needs an
     * edit of its own (two chars sharing their low six bits only weaken the bound).
     */
    static int missingChars(String a, String b) {
        return missingChars(charSet(a), charSet(b));
    }

    /** {@link #missingChars(String, String)} of two strings given by their char sets. */
    static int missingChars(long ma, long mb) {
        return Math.max(Long.bitCount(ma & ~mb), Long.bitCount(mb & ~ma));
    }

    /**
     * A lower bound of the weighted skeleton edit cost, from the symbols one side has and the other lacks: each
     * such symbol needs an operation of its own, which costs at least the cheapest edit touching that symbol (an
     * insertion, a substitution by another symbol, or its share of a digraph alignment: the single symbol 0.2,
     * each of the two letters 0.1). The larger of the two sides' sums.
     */
    static double missingSymbolCost(String a, String b) {
        return missingSymbolCost(charSet(a), charSet(b));
    }

    /** {@link #missingSymbolCost(String, String)} of two skeletons given by their symbol sets. */
    static double missingSymbolCost(long ma, long mb) {
        return Math.max(cheapest(ma & ~mb), cheapest(mb & ~ma)) / 10.0;
    }

    /** The summed cheapest costs of a set of symbols, in tenths (symbols are grouped by that cost). */
    private static int cheapest(long symbols) {
        int c = 0;
        for (int k = 0; k < CHEAPEST_TENTHS.length; k++) {
            c += CHEAPEST_TENTHS[k] * Long.bitCount(symbols & CHEAPEST_SETS[k]);
        }
        return c;
    }

    /** The symbols (by their low six bits) whose cheapest edit costs {@code CHEAPEST_TENTHS[k]} tenths. */
    private static final long[] CHEAPEST_SETS;
    private static final int[] CHEAPEST_TENTHS;

    static {
        int[] tenths = new int[64];
        java.util.Arrays.fill(tenths, Integer.MAX_VALUE);
        for (char x = 0; x < 128; x++) {
            double c = indel(x);
            for (char y = 0; y < 128; y++) {
                if (y != x) {
                    c = Math.min(c, substitutionCost(x, y));
                }
            }
            if ("CX09G".indexOf(x) >= 0) {
                c = Math.min(c, DIGRAPH_COST);
            }
            if ("SKTDGH".indexOf(x) >= 0) {
                c = Math.min(c, DIGRAPH_COST / 2);
            }
            // chars sharing six bits: the bound must hold for each, so keep the lowest (rounded down)
            tenths[x & 63] = Math.min(tenths[x & 63], (int) Math.floor(c * 10 + 1e-9));
        }
        java.util.TreeMap<Integer, Long> sets = new java.util.TreeMap<>();
        for (int bit = 0; bit < 64; bit++) {
            if (tenths[bit] > 0) {
                sets.merge(tenths[bit], 1L << bit, (u, v) -> u | v);
            }
        }
        CHEAPEST_TENTHS = sets.keySet().stream().mapToInt(Integer::intValue).toArray();
        CHEAPEST_SETS = sets.values().stream().mapToLong(Long::longValue).toArray();
    }

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
        if (a < 128 && b < 128) {
            return SUBSTITUTION[a * 128 + b];
        }
        return substitutionCost(a, b);
    }

    /** Substitution costs of the ASCII symbols, filled from the pair lists once. */
    private static final double[] SUBSTITUTION = new double[128 * 128];

    static {
        for (char a = 0; a < 128; a++) {
            for (char b = 0; b < 128; b++) {
                SUBSTITUTION[a * 128 + b] = a == b ? 0.0 : substitutionCost(a, b);
            }
        }
    }

    private static double substitutionCost(char a, char b) {
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
