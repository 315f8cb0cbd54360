package org.isnad.names;

/**
 * A cheap, exact test that a pair of parts cannot reach a similarity threshold, run before {@link PartSimilarity}:
 * most parts a query meets in blocked names share too few letters with it to count. Each part (or run) gets a
 * signature once, when its name is compiled: the set of letters of its key and of its skeleton as bits, and a
 * flag for the parts whose similarity takes other paths (group words against names, initials, abd-compounds,
 * Arabic words with English renderings, Latin keys with an attached article). For the rest, a pair is rejected
 * only when a lower bound of its edit cost (letters one side has and the other lacks, see
 * {@link StringSimilarity#missingChars} and {@link StringSimilarity#missingSymbolCost}, and the length difference)
 * already puts both the spelling and the skeleton similarity below what {@link PartSimilarity#compare} needs. A
 * rejected pair is one whose similarity is below the threshold; an accepted one is compared exactly.
 */
final class PartFilter {
    /** Flag: no cheap bound applies, always compare. */
    static final byte ANY = 1;
    /** Flag: the key starts with "abd"/«عبد» (compared with the bare name too). */
    static final byte ABD = 2;

    private PartFilter() {
    }

    /** The flags of one part. */
    static byte flags(NamePart p) {
        PartRole r = p.role();
        String k = p.key();
        boolean free = r == PartRole.GROUP || r == PartRole.INITIAL
                || (p.arabic() && !NameLexicon.DEFAULT.translations(k).isEmpty())
                || (!p.arabic() && k.startsWith("al") && k.length() > 5);
        byte f = free ? ANY : 0;
        if (k.length() > 5 && (k.startsWith("abd") || k.startsWith("عبد"))) {
            f |= ABD;
        }
        return f;
    }

    static long letters(String s) {
        return StringSimilarity.charSet(s);
    }

    /**
     * False only if {@code PartSimilarity.compare(a, b, min)} is certainly below {@code min}; {@code fa, ka, sa}
     * are a's flags, key letters and skeleton letters (likewise for b).
     */
    static boolean mayReach(NamePart a, byte fa, long ka, long sa, NamePart b, byte fb, long kb, long sb, double min) {
        if (((fa | fb) & ANY) != 0 || (fa & ABD) != (fb & ABD)) {
            return true;
        }
        PartRole ra = a.role();
        PartRole rb = b.role();
        if (ra == PartRole.LEGAL || rb == PartRole.LEGAL || ra == PartRole.NUMBER || rb == PartRole.NUMBER
                || ra == PartRole.PARTICLE || rb == PartRole.PARTICLE) {
            return ra == rb && ka == kb;       // only equal keys count
        }
        double need = ra != PartRole.TITLE && rb != PartRole.TITLE
                && (ra == PartRole.KUNYA) != (rb == PartRole.KUNYA) ? min / 0.8 : min;
        if (ka == kb) {
            return true;                       // possibly the same key
        }
        if (a.arabic() != b.arabic()) {
            return skeletonMay(a.skeleton(), sa, b.skeleton(), sb, need);
        }
        return skeletonMay(a.skeleton(), sa, b.skeleton(), sb, need / 0.92)
                || spellingMay(a.key(), ka, b.key(), kb, need);
    }

    private static boolean skeletonMay(String a, long sa, String b, long sb, double min) {
        int max = Math.max(a.length(), b.length());
        double allowed = (1.0 - min) * max + 1e-9;
        return StringSimilarity.DIGRAPH_COST * Math.abs(a.length() - b.length()) <= allowed
                && StringSimilarity.missingSymbolCost(sa, sb) <= allowed;
    }

    private static boolean spellingMay(String a, long ka, String b, long kb, double min) {
        int max = Math.max(a.length(), b.length());
        double allowed = (1.0 - min) * max + 1e-9;
        return Math.abs(a.length() - b.length()) <= allowed && StringSimilarity.missingChars(ka, kb) <= allowed;
    }
}
