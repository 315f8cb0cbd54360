package org.isnad.relations;

import java.util.ArrayList;
import java.util.List;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.Token;

/**
 * The matching keys of words for the relation lexicons: folded ({@link ArabicNormalizer#MATCHING}), proclitics and
 * the article removed, and a final accusative alef («دعماً» → دعم) or ta marbuta («نائبة» → نائب) tolerated.
 */
final class Keys {
    /** Words in ة that are not the feminine of a listed word ({@code own-nouns.txt}: «محافظة» is a province). */
    private static final java.util.Set<String> OWN_NOUNS = org.isnad.text.LexiconFile
            .lines("/org/isnad/relations/own-nouns.txt").stream().map(Keys::entryKey)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Keys() {
    }

    /** A folded word without a leading article (kept when the word would be too short without it). */
    static String stripArticle(String folded) {
        return folded.startsWith("ال") && folded.length() >= 4 ? folded.substring(2) : folded;
    }

    /** The key of a lexicon entry word as written in a data file. */
    static String entryKey(String word) {
        return stripArticle(ArabicNormalizer.MATCHING.normalize(word.strip()));
    }

    /** The keys a token may match: its base and its unsplit form, each without article, with tolerated endings. */
    static List<String> tokenKeys(Token t) {
        List<String> out = new ArrayList<>(6);
        addWithVariants(out, stripArticle(t.base()));
        addWithVariants(out, stripArticle(t.norm()));
        String unsplit = unsplitPreposition(t);
        if (!unsplit.isEmpty()) {
            addWithVariants(out, unsplit);
        }
        return List.copyOf(out);
    }

    private static void addWithVariants(List<String> out, String k) {
        if (k.isEmpty()) {
            return;
        }
        if (!out.contains(k)) {
            out.add(k);
        }
        if (k.length() > 3 && (k.endsWith("ا") || k.endsWith("ه")) && !OWN_NOUNS.contains(k)) {
            String v = k.substring(0, k.length() - 1);
            if (!out.contains(v)) {
                out.add(v);
            }
        }
    }

    /**
     * For a word the clitic analyser left whole because only three letters would stay («لجيش»، «بقوة»), the word
     * without its first letter when that is ب or ل; else "". Only lexicon look-ups use it.
     */
    static String unsplitPreposition(Token t) {
        String n = t.norm();
        if (!t.proclitics().isEmpty() || n.length() != 4 || n.charAt(0) != 'ل' && n.charAt(0) != 'ب') {
            return "";
        }
        return n.substring(1);
    }

    /** True when a token carries the article (after its proclitics). */
    static boolean hasArticle(Token t) {
        return t.base().startsWith("ال") && t.base().length() >= 4 || t.proclitics().contains("ال");
    }

    /**
     * True when a token starts with the conjunction و split off as a proclitic. (ف is left out: on nouns it is far
     * more often the first letter of a name, «فيصل»، «فراس», than a conjunction.)
     */
    static boolean hasConj(Token t) {
        String p = t.proclitics();
        return p.equals("و") || p.startsWith("و+");
    }

    /**
     * The offset where a token's word starts once its conjunction and preposition proclitics are left out, so that a
     * span reads «حركة» for «لحركة». The article stays; a contracted «لل» (ل + ال) is kept whole.
     */
    static int baseStart(Token t) {
        if (t.proclitics().isEmpty()) {
            return t.start();
        }
        String[] parts = t.proclitics().split("\\+");
        int letters = 0;
        for (String p : parts) {
            if (p.equals("ال")) {
                break;
            }
            if (p.equals("ل") && t.proclitics().contains("ل+ال")) {
                break; // contracted article: keep «لل…» whole
            }
            letters += p.length();
        }
        String s = t.surface();
        int i = 0;
        int seen = 0;
        while (i < s.length() && seen < letters) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                seen++;
            }
            i++;
        }
        while (i < s.length() && !Character.isLetter(s.charAt(i))) {
            i++; // diacritics or tatweel on the proclitic
        }
        return i >= s.length() ? t.start() : t.start() + i;
    }
}
