package org.isnad.names;

/**
 * A cheap, exact test that a pair of parts cannot reach a similarity threshold, run before {@link PartSimilarity}:
 * most parts a query meets in blocked names share too few letters with it to count. Each part (or run) gets a
 * {@link Signature} once, when its name is compiled: the sets of letters of its key and of its skeleton as bits,
 * and the forms {@link PartSimilarity#compare} also tries (a group word read as a word, an abd-compound without
 * "abd"). The test follows compare's paths; on each it rejects a pair only when a lower bound of the edit cost
 * (letters one side has and the other lacks, see {@link StringSimilarity#missingChars} and
 * {@link StringSimilarity#missingSymbolCost}, and the length difference) already puts the spelling and the
 * skeleton similarity below what that path needs. A rejected pair's similarity is below the threshold; an
 * accepted one is compared exactly.
 */
final class PartFilter {
    private static final int[] NO_LENGTHS = new int[0];
    private static final long[] NO_SETS = new long[0];

    private PartFilter() {
    }

    /** What the test needs of one part, computed once. */
    static final class Signature {
        // copied out of the part so that the test reads this object alone
        final PartRole role;
        final boolean nameLike;
        final boolean arabic;
        final int keyLength;
        final int skeletonLength;
        final long key;
        final long skeleton;
        /** The English renderings of an Arabic word (compared with Latin words too): lengths and letter sets. */
        final boolean translated;
        final int[] translationLength;
        final long[] translation;
        /** A Latin key that may carry an attached article ("aljawlani"): no bound. */
        final boolean article;
        final boolean abd;
        /** The group word read as a word, or null. */
        final Signature word;
        /** The abd-compound without "abd", or null. */
        final Signature bare;

        Signature(NamePart p) {
            role = p.role();
            nameLike = p.isNameLike();
            arabic = p.arabic();
            keyLength = p.key().length();
            skeletonLength = p.skeleton().length();
            String k = p.key();
            key = StringSimilarity.charSet(k);
            skeleton = StringSimilarity.charSet(p.skeleton());
            java.util.List<String> ts = p.arabic() ? NameLexicon.DEFAULT.translations(k) : java.util.List.of();
            translated = !ts.isEmpty();
            translationLength = translated ? new int[ts.size()] : NO_LENGTHS;
            translation = translated ? new long[ts.size()] : NO_SETS;
            for (int i = 0; i < ts.size(); i++) {
                translationLength[i] = ts.get(i).length();
                translation[i] = StringSimilarity.charSet(ts.get(i));
            }
            article = !p.arabic() && k.startsWith("al") && k.length() > 5;
            abd = PartSimilarity.isAbd(p);
            word = p.role() == PartRole.GROUP ? new Signature(PartSimilarity.groupWord(p)) : null;
            bare = abd ? new Signature(PartSimilarity.withoutAbd(p)) : null;
        }
    }

    /** False only if {@code PartSimilarity.compare} of the parts {@code a} and {@code b} describe is certainly below {@code min}. */
    static boolean mayReach(Signature a, Signature b, double min) {
        PartRole ra = a.role;
        PartRole rb = b.role;
        boolean ga = ra == PartRole.GROUP;
        if (ga != (rb == PartRole.GROUP) && (a.nameLike || b.nameLike)) {
            Signature g = ga ? a : b;
            Signature other = ga ? b : a;
            return (ga ? mayWords(g.word, other, min) : mayWords(other, g.word, min))
                    || (!other.arabic && spellingMay(g.keyLength, g.key, other.keyLength, other.key, min));
        }
        if (ra == PartRole.LEGAL || rb == PartRole.LEGAL || ga || rb == PartRole.GROUP
                || ra == PartRole.NUMBER || rb == PartRole.NUMBER || ra == PartRole.PARTICLE || rb == PartRole.PARTICLE) {
            return ra == rb && a.key == b.key;  // only equal keys count
        }
        if (ra == PartRole.TITLE || rb == PartRole.TITLE) {
            return mayWords(a, b, min);
        }
        if (ra == PartRole.INITIAL || rb == PartRole.INITIAL) {
            return true;
        }
        double need = (ra == PartRole.KUNYA) != (rb == PartRole.KUNYA) ? min / 0.8 : min;
        if (mayWords(a, b, need)) {
            return true;
        }
        if (a.abd != b.abd && need <= 0.8) {
            return a.abd ? mayWords(a.bare, b, need / 0.8) : mayWords(a, b.bare, need / 0.8);
        }
        return false;
    }

    /** False only if {@code PartSimilarity.words(a, b, min)} is certainly below {@code min}. */
    private static boolean mayWords(Signature a, Signature b, double min) {
        if (a.key == b.key) {
            return true;                        // possibly the same key
        }
        if (a.arabic != b.arabic) {
            return skeletonMay(a.skeletonLength, a.skeleton, b.skeletonLength, b.skeleton, min)
                    || (a.arabic ? a.translated && translationMay(a, b, min) : b.translated && translationMay(b, a, min));
        }
        return skeletonMay(a.skeletonLength, a.skeleton, b.skeletonLength, b.skeleton, min / 0.92)
                || spellingMay(a.keyLength, a.key, b.keyLength, b.key, min)
                || (!a.arabic && (a.article || b.article));
    }

    /** Whether a rendering of the Arabic word may reach {@code min} in spelling with the Latin word. */
    private static boolean translationMay(Signature arabic, Signature latin, double min) {
        for (int i = 0; i < arabic.translation.length; i++) {
            if (spellingMay(arabic.translationLength[i], arabic.translation[i], latin.keyLength, latin.key, min)) {
                return true;
            }
        }
        return false;
    }

    /** Lengths and symbol sets of two skeletons. */
    private static boolean skeletonMay(int la, long sa, int lb, long sb, double min) {
        double allowed = (1.0 - min) * Math.max(la, lb) + 1e-9;
        return StringSimilarity.DIGRAPH_COST * Math.abs(la - lb) <= allowed
                && StringSimilarity.missingSymbolCost(sa, sb) <= allowed;
    }

    /** Lengths and char sets of two keys. */
    private static boolean spellingMay(int la, long ka, int lb, long kb, double min) {
        double allowed = (1.0 - min) * Math.max(la, lb) + 1e-9;
        return Math.abs(la - lb) <= allowed && StringSimilarity.missingChars(ka, kb) <= allowed;
    }
}
