package org.isnad.names;

/**
 * Compares two name parts. Same script: the better of the spelling similarity (Levenshtein ratio) and the consonant
 * skeleton similarity (slightly discounted, since vowels tell Latin names apart); across scripts: the skeleton
 * similarity alone. Legal forms, group words and numbers compare only with their own kind; a kunya compared with a
 * plain name is discounted; an initial matches a name that starts with it.
 */
public final class PartSimilarity {
    /** The similarity of an initial with a Latin name starting with it. */
    static final double INITIAL_SIMILARITY = 0.75;

    private PartSimilarity() {
    }

    public static PartMatch compare(NamePart a, NamePart b) {
        return compare(a, b, 0.0);
    }

    /**
     * The comparison if its similarity reaches {@code min}; below {@code min} the similarity may be any lower value
     * (string comparisons stop early once {@code min} is out of reach). Scores only ever use part pairs from a
     * threshold up, so this gives them unchanged.
     */
    public static PartMatch compare(NamePart a, NamePart b, double min) {
        PartRole ra = a.role();
        PartRole rb = b.role();
        if ((ra == PartRole.GROUP) != (rb == PartRole.GROUP) && (a.isNameLike() || b.isNameLike())) {
            NamePart g = ra == PartRole.GROUP ? a : b;
            NamePart other = g == a ? b : a;
            NamePart word = groupWord(g);
            PartMatch m = g == a ? words(word, other, min) : words(other, word, min);
            double canon = other.arabic() ? 0 : StringSimilarity.levenshteinRatio(g.key(), other.key(), min);
            return canon > m.similarity() ? new PartMatch(canon, "group word") : withHow(m, "group word ");
        }
        if (ra == PartRole.LEGAL || rb == PartRole.LEGAL || ra == PartRole.GROUP || rb == PartRole.GROUP
                || ra == PartRole.NUMBER || rb == PartRole.NUMBER || ra == PartRole.PARTICLE || rb == PartRole.PARTICLE) {
            return ra == rb && a.key().equals(b.key()) ? new PartMatch(1.0, "exact") : PartMatch.NONE;
        }
        if (ra == PartRole.TITLE || rb == PartRole.TITLE) {
            return ra == rb ? words(a, b, min) : withHow(words(a, b, min), "title-vs-name ");
        }
        if (ra == PartRole.INITIAL || rb == PartRole.INITIAL) {
            return initial(a, b);
        }
        // a kunya against a plain name counts 0.8 of the words' similarity, so the words need min / 0.8
        double need = (ra == PartRole.KUNYA) != (rb == PartRole.KUNYA) ? min / 0.8 : min;
        PartMatch m = words(a, b, need);
        boolean abdA = isAbd(a);
        if (abdA != isAbd(b) && m.similarity() < 0.9 && need <= 0.8) {
            NamePart x = abdA ? withoutAbd(a) : a;
            NamePart y = abdA ? b : withoutAbd(b);
            PartMatch inner = words(x, y, need / 0.8);
            if (inner.similarity() * 0.8 > m.similarity()) {
                m = new PartMatch(inner.similarity() * 0.8, "abd-compound-vs-name " + inner.how());
            }
        }
        if ((ra == PartRole.KUNYA) != (rb == PartRole.KUNYA)) {
            return new PartMatch(m.similarity() * 0.8, "kunya-vs-name " + m.how());
        }
        return m;
    }

    private static PartMatch withHow(PartMatch m, String prefix) {
        return new PartMatch(m.similarity(), prefix + m.how());
    }

    private static PartMatch initial(NamePart a, NamePart b) {
        if (a.role() == b.role()) {
            return a.key().equals(b.key()) ? new PartMatch(1.0, "exact") : PartMatch.NONE;
        }
        NamePart init = a.role() == PartRole.INITIAL ? a : b;
        NamePart full = init == a ? b : a;
        return !full.arabic() && full.key().startsWith(init.key()) ? new PartMatch(INITIAL_SIMILARITY, "initial") : PartMatch.NONE;
    }

    private static PartMatch words(NamePart a, NamePart b, double min) {
        if (a.key().equals(b.key())) {
            return new PartMatch(1.0, "exact");
        }
        if (a.arabic() != b.arabic()) {
            double skel = StringSimilarity.skeleton(a.skeleton(), b.skeleton(), min);
            boolean tiny = Math.min(a.skeleton().length(), b.skeleton().length()) <= 1;
            double translated = translated(a.arabic() ? a : b, a.arabic() ? b : a, min);
            if (translated > skel) {
                return new PartMatch(translated, "translation");
            }
            return new PartMatch(tiny && skel < 0.7 ? 0.0 : skel, "cross-script skeleton");
        }
        // Same script: the better of the spelling and the skeleton, which counts at most 0.92 of itself. The
        // spelling (the cheaper comparison) goes first: the other two only matter from what it reached up, so they
        // are computed exactly from there (below their bar they give 0 or their exact value, which loses to spell
        // either way).
        double spell = StringSimilarity.levenshteinRatio(a.key(), b.key(), min);
        double bar = Math.max(min, spell);
        if (!a.arabic()) {
            spell = Math.max(spell, articleVariant(a.key(), b.key(), bar));
            bar = Math.max(min, spell);
        }
        double skel = StringSimilarity.skeleton(a.skeleton(), b.skeleton(), bar / 0.92);
        boolean shortSkel = Math.min(a.skeleton().length(), b.skeleton().length()) <= 2;
        double skelScore = skel * (skel >= 0.9 && !shortSkel ? 0.92 : 0.85);
        return spell >= skelScore ? new PartMatch(spell, "spelling") : new PartMatch(skelScore, "skeleton");
    }

    /**
     * The best spelling similarity of a Latin word with the English renderings of an Arabic one, exact from
     * {@code min} up.
     */
    private static double translated(NamePart arabic, NamePart latin, double min) {
        double best = 0;
        for (String t : NameLexicon.DEFAULT.translations(arabic.key())) {
            best = Math.max(best, StringSimilarity.levenshteinRatio(t, latin.key(), min));
        }
        return best;
    }

    /** A group word read as a plain word (article dropped), as it is compared with name parts. */
    static NamePart groupWord(NamePart g) {
        String k = NameParser.stripArticle(g.text());
        return new NamePart(g.text(), k, Skeleton.of(k), PartRole.NAME, g.arabic(), g.index());
    }

    static boolean isAbd(NamePart p) {
        return p.key().length() > 5 && (p.key().startsWith("abd") || p.key().startsWith("عبد"));
    }

    static NamePart withoutAbd(NamePart p) {
        String k = p.key().substring(3);
        return new NamePart(p.text(), k, Skeleton.of(k), p.role(), p.arabic(), p.index());
    }

    /** "aljawlani" ~ "jawlani": an article written attached. */
    private static double articleVariant(String a, String b, double min) {
        String sa = a.startsWith("al") && a.length() > 5 ? a.substring(2) : a;
        String sb = b.startsWith("al") && b.length() > 5 ? b.substring(2) : b;
        if (sa.equals(a) && sb.equals(b)) {
            return 0.0;
        }
        double m = min / 0.97;
        return 0.97 * Math.max(Math.max(StringSimilarity.levenshteinRatio(sa, b, m),
                StringSimilarity.levenshteinRatio(a, sb, m)), StringSimilarity.levenshteinRatio(sa, sb, m));
    }
}
