package org.isnad.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.model.EntityType;
import org.isnad.text.LexiconFile;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * Mentions the statistical tagger is not trained for, found from the project's lists: TITLE phrases
 * ({@code titles.txt}, extended right by {@code title-modifiers.txt} adjectives and nationality adjectives),
 * NORP adjectives ({@link Demonyms}) and Latin-script names inside Arabic text ({@code latin-names.txt}, plus any
 * capitalised word or acronym). Only tokens not already inside a tagger mention are used. Thread-safe.
 */
public final class LexiconLayer {
    private final Gazetteer titles;
    private final Set<String> modifiers = new HashSet<>();
    private final Demonyms demonyms;
    private final Map<String, EntityType> latin = new HashMap<>();

    public LexiconLayer(Gazetteer places) {
        Gazetteer.Builder b = new Gazetteer.Builder();
        for (String t : LexiconFile.lines(GazetteerSources.RES + "titles.txt")) {
            b.add(t, Gazetteer.Kind.TITLE);
        }
        titles = b.build();
        for (String m : LexiconFile.lines(GazetteerSources.RES + "title-modifiers.txt")) {
            modifiers.addAll(Gazetteer.wordForms(m));
        }
        demonyms = new Demonyms(places);
        for (String[] row : LexiconFile.rows(GazetteerSources.RES + "latin-names.txt")) {
            latin.put(row[0].toLowerCase(Locale.ROOT), EntityType.valueOf(row[1]));
        }
    }

    public Demonyms demonyms() {
        return demonyms;
    }

    /** The TITLE phrases ({@code titles.txt}) as a gazetteer of class {@link Gazetteer.Kind#TITLE}. */
    Gazetteer titles() {
        return titles;
    }

    /**
     * Lexicon mentions in one sentence.
     *
     * @param toks  the sentence's tokens
     * @param taken per token, true when a tagger mention covers it
     * @param base  index of the sentence's first token in the document
     */
    public List<Mention> find(List<Token> toks, boolean[] taken, int base) {
        List<Mention> out = new ArrayList<>();
        int[] tm = titles.match(toks);
        int titleB = 1 << (2 * Gazetteer.Kind.TITLE.ordinal());
        int titleI = titleB << 1;
        int i = 0;
        while (i < toks.size()) {
            if (taken[i]) {
                i++;
                continue;
            }
            if ((tm[i] & titleB) != 0) {
                int end = i + 1;
                while (end < toks.size() && !taken[end] && (tm[end] & titleI) != 0) {
                    end++;
                }
                while (end < toks.size() && !taken[end] && extendsTitle(toks.get(end))) {
                    end++;
                }
                out.add(new Mention(base + i, base + end, EntityType.TITLE));
                for (int j = i; j < end; j++) {
                    if (demonyms.isDemonym(toks.get(j))) {
                        out.add(new Mention(base + j, base + j + 1, EntityType.NORP));
                    }
                }
                i = end;
                continue;
            }
            if (demonyms.isDemonym(toks.get(i))) {
                out.add(new Mention(base + i, base + i + 1, EntityType.NORP));
                i++;
                continue;
            }
            if (isLatinName(toks.get(i))) {
                int end = i + 1;
                while (end < toks.size() && !taken[end] && isLatinName(toks.get(end))
                        && latin.get(toks.get(end).norm()) == null) {
                    end++;
                }
                EntityType t = latin.get(toks.get(i).norm());
                if (t == null) {
                    t = isAcronym(toks.get(i)) ? EntityType.ORG : EntityType.MISC;
                }
                out.add(new Mention(base + i, base + end, t));
                i = end;
                continue;
            }
            i++;
        }
        return out;
    }

    private boolean extendsTitle(Token t) {
        return t.kind() == TokenKind.ARABIC
                && (modifiers.contains(Demonyms.stripArticle(t.base())) || demonyms.isDemonym(t));
    }

    /** A listed Latin name, an acronym (MI6, BBC) or a capitalised Latin word. */
    boolean isLatinName(Token t) {
        if (t.kind() != TokenKind.LATIN && t.kind() != TokenKind.MIXED) {
            return false;
        }
        if (latin.containsKey(t.norm())) {
            return true;
        }
        String s = t.surface();
        return s.length() >= 2 && Character.isUpperCase(s.charAt(0))
                && s.chars().allMatch(c -> c < 0x80 && Character.isLetterOrDigit(c));
    }

    private static boolean isAcronym(Token t) {
        String s = t.surface();
        return s.length() >= 2 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
