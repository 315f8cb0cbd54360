package org.isnad.names;

import java.util.TreeMap;

/**
 * Lower bounds of the two edit costs {@link PartSimilarity} uses (the Levenshtein distance of keys and the weighted
 * {@link StringSimilarity#skeleton} cost), from what {@link PartFilter.Signature} keeps of a string: its length and
 * its chars as a bag counted up to two, i.e. two 64-bit sets of the chars' low six bits ({@link #charSet}: present;
 * {@link #repeatedSet}: present at least twice). Every occurrence one side has more of than the other needs an
 * operation of its own, so the cost is at least, for each side, the sum over those occurrences of the cheapest
 * operation that can touch them. For skeletons the cheapest operation depends on the digraph pairs (S K T D or G
 * followed by H, {@link #hasDigraphPair}): a letter of a pair (S K T D G H) is half of a two-letter digraph
 * alignment (0.1) only on a side that has a pair, and a digraph symbol (C X 0 9 G) stands for two letters (0.2) only
 * against a side that has one; and the symbols the longer skeleton has beyond the shorter one's length are each
 * deleted or, only on a side with a pair, half of a digraph alignment. Chars that share
 * their low six bits only weaken the bounds. Stateless.
 */
final class EditBounds {
    private EditBounds() {
    }

    /** A set of chars as bits of their low six bits (distinct within the Latin, Arabic and skeleton alphabets). */
    static long charSet(String s) {
        return StringSimilarity.charSet(s);
    }

    /** The chars that occur at least twice in {@code s}, as {@link #charSet} bits. */
    static long repeatedSet(String s) {
        long once = 0;
        long twice = 0;
        for (int i = 0; i < s.length(); i++) {
            long bit = 1L << (s.charAt(i) & 63);
            twice |= once & bit;
            once |= bit;
        }
        return twice;
    }

    /**
     * A lower bound of the Levenshtein distance: the larger of the two sides' counts of occurrences (up to two per
     * char) the other side has fewer of. {@code a1}, {@code b1} are {@link #charSet}s, {@code a2}, {@code b2}
     * {@link #repeatedSet}s.
     */
    static int missingChars(long a1, long a2, long b1, long b2) {
        return Math.max(Long.bitCount(a1 & ~b1) + Long.bitCount(a2 & ~b2),
                Long.bitCount(b1 & ~a1) + Long.bitCount(b2 & ~a2));
    }

    private static final long H = 1L << ('H' & 63);
    private static final long W_Y = (1L << ('W' & 63)) | (1L << ('Y' & 63));

    /**
     * Whether the weighted skeleton edit cost of two skeletons (lengths {@code la}, {@code lb}; symbol bags
     * {@code a1 a2}, {@code b1 b2}) may be at most {@code allowed}: false only if a lower bound exceeds it.
     */
    static boolean skeletonCostWithin(int la, long a1, long a2, boolean aPair, int lb, long b1, long b2,
                                      boolean bPair, double allowed) {
        if (lengthCost(la, a1, aPair, lb, b1, bPair) > allowed) {
            return false;
        }
        double tenths = allowed * 10;  // the side sums in tenths, compared without a division
        return sideTenths(a1 & ~b1, a2 & ~b2, aPair, bPair) <= tenths
                && sideTenths(b1 & ~a1, b2 & ~a2, bPair, aPair) <= tenths;
    }

    /** The lower bound itself (for tests): the largest of the length bound and the two sides' sums. */
    static double skeletonCost(int la, long a1, long a2, boolean aPair, int lb, long b1, long b2, boolean bPair) {
        return Math.max(lengthCost(la, a1, aPair, lb, b1, bPair),
                Math.max(sideTenths(a1 & ~b1, a2 & ~b2, aPair, bPair), sideTenths(b1 & ~a1, b2 & ~a2, bPair, aPair))
                        / 10.0);
    }

    /**
     * Whether a skeleton has a digraph pair: S K T D or G followed by H, the two letters a digraph alignment can
     * match with one symbol of the other side (SH ~ C, KH ~ X, TH ~ 0, DH ~ 9, GH ~ G). Without one, no digraph
     * alignment can use this side's letters, whatever H's it has.
     */
    static boolean hasDigraphPair(String skeleton) {
        for (int i = 1; i < skeleton.length(); i++) {
            if (skeleton.charAt(i) == 'H' && "SKTDG".indexOf(skeleton.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The symbols the longer skeleton has beyond the other's length: each is deleted (at least 0.3 if the side has
     * a W or Y, 0.5 if it has an H and neither, 1.0 if none of them) or is half of a two-letter digraph alignment
     * (0.2 an alignment, which needs a {@linkplain #hasDigraphPair digraph pair} on that side).
     */
    private static double lengthCost(int la, long a1, boolean aPair, int lb, long b1, boolean bPair) {
        int d = Math.abs(la - lb);
        long longer = la >= lb ? a1 : b1;
        double each = (la >= lb ? aPair : bPair) ? StringSimilarity.DIGRAPH_COST
                : (longer & W_Y) != 0 ? 0.3 : (longer & H) != 0 ? 0.5 : 1.0;
        return each * d;
    }

    /**
     * The cheapest cost, in tenths, of the occurrences {@code once}, {@code twice} of one side; {@code ownPair},
     * {@code otherPair}: whether this side and the other have a digraph pair.
     */
    private static int sideTenths(long once, long twice, boolean ownPair, boolean otherPair) {
        int table = (ownPair ? 2 : 0) + (otherPair ? 1 : 0);
        return cheapest(once, table) + cheapest(twice, table);
    }

    /** Cost groups per table (own side has a digraph pair: +2; other side has one: +1), at most {@value #GROUPS} each. */
    private static final int GROUPS = 5;
    /** Per table, {@value #GROUPS} groups: the tenths each symbol of the group costs (0 for an unused group). */
    private static final int[] TENTHS = new int[4 * GROUPS];
    /** Per table, {@value #GROUPS} groups: the symbols of the group (0 for an unused group). */
    private static final long[] SETS = new long[4 * GROUPS];

    /** A fixed number of groups, so that the sum has no loop (the same sum as over the used groups alone). */
    private static int cheapest(long symbols, int table) {
        int o = table * GROUPS;
        return TENTHS[o] * Long.bitCount(symbols & SETS[o])
                + TENTHS[o + 1] * Long.bitCount(symbols & SETS[o + 1])
                + TENTHS[o + 2] * Long.bitCount(symbols & SETS[o + 2])
                + TENTHS[o + 3] * Long.bitCount(symbols & SETS[o + 3])
                + TENTHS[o + 4] * Long.bitCount(symbols & SETS[o + 4]);
    }

    static {
        for (int table = 0; table < 4; table++) {
            boolean ownH = table >= 2;
            boolean otherH = (table & 1) != 0;
            int[] tenths = new int[64];
            java.util.Arrays.fill(tenths, Integer.MAX_VALUE);
            for (char x = 0; x < 128; x++) {
                double c = StringSimilarity.indel(x);
                for (char y = 0; y < 128; y++) {
                    if (y != x) {
                        c = Math.min(c, StringSimilarity.substitution(x, y));
                    }
                }
                if (otherH && "CX09G".indexOf(x) >= 0) {
                    c = Math.min(c, StringSimilarity.DIGRAPH_COST);      // one symbol for the other side's two
                }
                if (ownH && "SKTDGH".indexOf(x) >= 0) {
                    c = Math.min(c, StringSimilarity.DIGRAPH_COST / 2);  // one of this side's two letters
                }
                // chars sharing six bits: the bound must hold for each, so keep the lowest (rounded down)
                tenths[x & 63] = Math.min(tenths[x & 63], (int) Math.floor(c * 10 + 1e-9));
            }
            TreeMap<Integer, Long> sets = new TreeMap<>();
            for (int bit = 0; bit < 64; bit++) {
                if (tenths[bit] > 0) {
                    sets.merge(tenths[bit], 1L << bit, (u, v) -> u | v);
                }
            }
            if (sets.size() > GROUPS) {
                throw new IllegalStateException("more skeleton cost groups than " + GROUPS);
            }
            int g = table * GROUPS;
            for (var e : sets.entrySet()) {
                TENTHS[g] = e.getKey();
                SETS[g++] = e.getValue();
            }
        }
    }
}
