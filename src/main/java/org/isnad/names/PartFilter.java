package org.isnad.names;

/**
 * A cheap, exact test that a pair of parts cannot reach a similarity threshold, run before {@link PartSimilarity}:
 * most parts a query meets in blocked names share too few letters with it to count. Each part (or run) gets a
 * {@link Signature} once, when its name is compiled: the letters of its key and the symbols of its skeleton as bags
 * counted up to two (two 64-bit sets: present, present twice), and the forms {@link PartSimilarity#compare} also
 * tries (a group word read as a word, an abd-compound without "abd", a Latin key without an attached article). The
 * test follows compare's paths; on each it rejects a pair only when a lower bound of the edit cost (occurrences one
 * side has more of than the other, and the length difference, see {@link EditBounds}) already puts the
 * spelling and the skeleton similarity below what that path needs. A rejected pair's similarity is below the
 * threshold; an accepted one is compared exactly.
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
        /** A plain name or ancestor word (no abd, translation or attached article): compare's word path alone. */
        final boolean plain;
        final boolean arabic;
        final int keyLength;
        final int keyHash;
        /** The first char of the key, -1 for an empty key (an initial matches names starting with it). */
        final int firstChar;
        final int skeletonLength;
        /** Letters of the key and symbols of the skeleton as bags counted up to two: once, and twice. */
        final long key;
        final long key2;
        final long skeleton;
        final long skeleton2;
        /** The skeleton has a digraph pair ({@link EditBounds#hasDigraphPair}). */
        final boolean skeletonPair;
        /** The English renderings of an Arabic word (compared with Latin words too): lengths and letter sets. */
        final boolean translated;
        final int[] translationLength;
        final long[] translation;
        final long[] translation2;
        /** A Latin key that may carry an attached article ("aljawlani"), and that key without it. */
        final boolean article;
        final int strippedLength;
        final long stripped;
        final long stripped2;
        final boolean abd;
        /** The group word read as a word, or null. */
        final Signature word;
        /** The abd-compound without "abd", or null. */
        final Signature bare;
        /** The lengths of the key forms the filter may compare ({@link LengthWindow#bit} bits): key, key without an
         *  attached article, English renderings, and those of the group word and of the abd-compound without abd. */
        final long keyLengths;
        /** The lengths of the skeleton forms: the skeleton, and those of the group word and the bare abd-compound. */
        final long skeletonLengths;

        Signature(NamePart p) {
            role = p.role();
            nameLike = p.isNameLike();
            arabic = p.arabic();
            keyLength = p.key().length();
            skeletonLength = p.skeleton().length();
            String k = p.key();
            key = EditBounds.charSet(k);
            keyHash = k.hashCode();
            firstChar = k.isEmpty() ? -1 : k.charAt(0);
            key2 = EditBounds.repeatedSet(k);
            skeleton = EditBounds.charSet(p.skeleton());
            skeleton2 = EditBounds.repeatedSet(p.skeleton());
            skeletonPair = EditBounds.hasDigraphPair(p.skeleton());
            java.util.List<String> ts = p.arabic() ? NameLexicon.DEFAULT.translations(k) : java.util.List.of();
            translated = !ts.isEmpty();
            translationLength = translated ? new int[ts.size()] : NO_LENGTHS;
            translation = translated ? new long[ts.size()] : NO_SETS;
            translation2 = translated ? new long[ts.size()] : NO_SETS;
            for (int i = 0; i < ts.size(); i++) {
                translationLength[i] = ts.get(i).length();
                translation[i] = EditBounds.charSet(ts.get(i));
                translation2[i] = EditBounds.repeatedSet(ts.get(i));
            }
            article = !p.arabic() && k.startsWith("al") && k.length() > 5;
            String noArticle = article ? k.substring(2) : k;
            strippedLength = noArticle.length();
            stripped = EditBounds.charSet(noArticle);
            stripped2 = EditBounds.repeatedSet(noArticle);
            abd = PartSimilarity.isAbd(p);
            word = p.role() == PartRole.GROUP ? new Signature(PartSimilarity.groupWord(p)) : null;
            bare = abd ? new Signature(PartSimilarity.withoutAbd(p)) : null;
            this.plain = (role == PartRole.NAME || role == PartRole.ANCESTOR) && !abd && !translated && !article;
            long keys = LengthWindow.bit(keyLength) | (article ? LengthWindow.bit(strippedLength) : 0);
            for (int length : translationLength) {
                keys |= LengthWindow.bit(length);
            }
            long skeletons = LengthWindow.bit(skeletonLength);
            for (Signature form : new Signature[] {word, bare}) {
                if (form != null) {
                    keys |= form.keyLengths;
                    skeletons |= form.skeletonLengths;
                }
            }
            keyLengths = keys;
            skeletonLengths = skeletons;
        }
    }

    /** False only if {@code PartSimilarity.compare} of the parts {@code a} and {@code b} describe is certainly below {@code min}. */
    static boolean mayReach(Signature a, Signature b, double min) {
        if (a.plain && b.plain) {
            return mayWords(a, b, min);  // what the paths below come to for two plain words
        }
        PartRole ra = a.role;
        PartRole rb = b.role;
        boolean ga = ra == PartRole.GROUP;
        if (ga != (rb == PartRole.GROUP) && (a.nameLike || b.nameLike)) {
            Signature g = ga ? a : b;
            Signature other = ga ? b : a;
            return (ga ? mayWords(g.word, other, min) : mayWords(other, g.word, min))
                    || (!other.arabic && spellingMay(g.keyLength, g.key, g.key2, other.keyLength, other.key, other.key2,
                    min));
        }
        if (ra == PartRole.LEGAL || rb == PartRole.LEGAL || ga || rb == PartRole.GROUP
                || ra == PartRole.NUMBER || rb == PartRole.NUMBER || ra == PartRole.PARTICLE || rb == PartRole.PARTICLE) {
            return ra == rb && sameKey(a, b);  // only equal keys count
        }
        if (ra == PartRole.TITLE || rb == PartRole.TITLE) {
            return mayWords(a, b, min);
        }
        if (ra == PartRole.INITIAL || rb == PartRole.INITIAL) {
            return initialMay(a, b, min);
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

    /**
     * False only if {@code PartSimilarity.initial} is certainly below {@code min}: two initials count only with equal
     * keys; an initial against a name gives {@link PartSimilarity#INITIAL_SIMILARITY} when the Latin name starts with
     * it, else nothing.
     */
    private static boolean initialMay(Signature a, Signature b, double min) {
        if (a.role == b.role) {
            return sameKey(a, b);
        }
        Signature init = a.role == PartRole.INITIAL ? a : b;
        Signature full = init == a ? b : a;
        return min <= PartSimilarity.INITIAL_SIMILARITY && !full.arabic
                && (init.keyLength == 0 || (full.keyLength >= init.keyLength && full.firstChar == init.firstChar));
    }

    /** False only if the keys certainly differ (length, hash or letters differ). */
    private static boolean sameKey(Signature a, Signature b) {
        return a.keyHash == b.keyHash && a.keyLength == b.keyLength && a.key == b.key;
    }

    /** False only if {@code PartSimilarity.words(a, b, min)} is certainly below {@code min}. */
    private static boolean mayWords(Signature a, Signature b, double min) {
        if (sameKey(a, b)) {
            return true;                        // possibly the same key
        }
        if (a.arabic != b.arabic) {
            return skeletonMay(a, b, min)
                    || (a.arabic ? a.translated && translationMay(a, b, min) : b.translated && translationMay(b, a, min));
        }
        return skeletonMay(a, b, min / 0.92)
                || spellingMay(a.keyLength, a.key, a.key2, b.keyLength, b.key, b.key2, min)
                || (!a.arabic && (a.article || b.article) && articleMay(a, b, min));
    }

    /**
     * False only if {@code PartSimilarity.articleVariant} (0.97 × the best spelling similarity with the attached
     * article dropped from one side or both) is certainly below {@code min}.
     */
    private static boolean articleMay(Signature a, Signature b, double min) {
        double m = min / 0.97;
        return (a.article && spellingMay(a.strippedLength, a.stripped, a.stripped2, b.keyLength, b.key, b.key2, m))
                || (b.article && spellingMay(a.keyLength, a.key, a.key2, b.strippedLength, b.stripped, b.stripped2, m))
                || spellingMay(a.strippedLength, a.stripped, a.stripped2, b.strippedLength, b.stripped, b.stripped2, m);
    }

    /** Whether a rendering of the Arabic word may reach {@code min} in spelling with the Latin word. */
    private static boolean translationMay(Signature arabic, Signature latin, double min) {
        for (int i = 0; i < arabic.translation.length; i++) {
            if (spellingMay(arabic.translationLength[i], arabic.translation[i], arabic.translation2[i], latin.keyLength,
                    latin.key, latin.key2, min)) {
                return true;
            }
        }
        return false;
    }

    /** Lengths and symbol bags of two skeletons. */
    private static boolean skeletonMay(Signature a, Signature b, double min) {
        int la = a.skeletonLength;
        int lb = b.skeletonLength;
        double allowed = (1.0 - min) * Math.max(la, lb) + 1e-9;
        return EditBounds.skeletonCostWithin(la, a.skeleton, a.skeleton2, a.skeletonPair, lb, b.skeleton,
                b.skeleton2, b.skeletonPair, allowed);
    }

    /**
     * Lengths and letter bags of two keys ({@code ka}, {@code kb} char sets; {@code ka2}, {@code kb2} the chars
     * occurring twice).
     */
    private static boolean spellingMay(int la, long ka, long ka2, int lb, long kb, long kb2, double min) {
        double allowed = (1.0 - min) * Math.max(la, lb) + 1e-9;
        return Math.abs(la - lb) <= allowed && EditBounds.missingChars(ka, ka2, kb, kb2) <= allowed;
    }
}
