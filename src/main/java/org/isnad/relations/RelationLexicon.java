package org.isnad.relations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.text.LexiconFile;
import org.isnad.text.Token;

/**
 * The language data of relation extraction, loaded once from the commented files in
 * {@code src/main/resources/org/isnad/relations/}: titles, name parts, organisation heads, places and nationality
 * adjectives, function words, people nouns, time words, triggers and further cues. Immutable after construction.
 */
public final class RelationLexicon {
    private static final String DIR = "/org/isnad/relations/";
    private static final RelationLexicon DEFAULT = new RelationLexicon();

    final PhraseTable<String> titles = new PhraseTable<>();
    final PhraseTable<String> nameParts = new PhraseTable<>();
    final PhraseTable<String> orgHeads = new PhraseTable<>();
    final PhraseTable<String> places = new PhraseTable<>();
    final PhraseTable<String> functionWords = new PhraseTable<>();
    final PhraseTable<String> peopleNouns = new PhraseTable<>();
    final PhraseTable<String> timeWords = new PhraseTable<>();
    final PhraseTable<Trigger> triggers = new PhraseTable<>();
    final PhraseTable<String[]> cues = new PhraseTable<>();
    /** nationality adjective key → the country or region name it refers to. */
    private final Map<String, String> nationality = new HashMap<>();

    private RelationLexicon() {
        for (String[] r : LexiconFile.rows(DIR + "titles.txt")) {
            titles.add(r[0], r[1]);
        }
        for (String[] r : LexiconFile.rows(DIR + "name-parts.txt")) {
            nameParts.add(r[0], r[1]);
        }
        for (String[] r : LexiconFile.rows(DIR + "org-heads.txt")) {
            orgHeads.add(r[0], r[1]);
        }
        for (String[] r : LexiconFile.rows(DIR + "places.txt")) {
            places.add(r[0], r[1]);
            if (r.length > 2 && !r[2].equals("-")) {
                nationality.put(Keys.entryKey(r[2]), r[0]);
            }
        }
        for (String[] r : LexiconFile.rows(DIR + "function-words.txt")) {
            functionWords.add(r[0], r[1]);
        }
        for (String line : LexiconFile.lines(DIR + "people-nouns.txt")) {
            peopleNouns.add(line, "PEOPLE");
        }
        for (String[] r : LexiconFile.rows(DIR + "time-words.txt")) {
            timeWords.add(r[0], r[1]);
        }
        for (String[] r : LexiconFile.rows(DIR + "triggers.txt")) {
            triggers.add(r[1], new Trigger(r[0], org.isnad.text.ArabicNormalizer.MATCHING.normalize(r[1]), r[2], parseAttributes(r.length > 3 ? r[3] : "-")));
        }
        for (String[] r : LexiconFile.rows(DIR + "cues.txt")) {
            cues.add(r[0], new String[] {r[1], r.length > 2 ? r[2] : "-"});
        }
    }

    /** The shared instance. */
    public static RelationLexicon get() {
        return DEFAULT;
    }

    static Map<String, String> parseAttributes(String s) {
        Map<String, String> out = new HashMap<>();
        if (s.equals("-")) {
            return out;
        }
        for (String kv : s.split(",")) {
            String[] p = kv.split("=", 2);
            if (p.length != 2) {
                throw new IllegalStateException("triggers.txt: bad attribute '" + kv + "'");
            }
            out.put(p[0].strip(), p[1].strip());
        }
        return out;
    }

    /** The country or region a nationality adjective token refers to («التركية» → تركيا). */
    Optional<String> nationalityOf(Token t) {
        if (!Keys.hasArticle(t) && t.base().length() < 4) {
            return Optional.empty();
        }
        for (String k : Keys.tokenKeys(t)) {
            for (String v : List.of(k, trim(k, "ين"), trim(k, "ون"), trim(k, "ه"))) {
                String c = nationality.get(v);
                if (c != null) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    private static String trim(String k, String suffix) {
        return k.endsWith(suffix) && k.length() > suffix.length() + 2 ? k.substring(0, k.length() - suffix.length()) : k;
    }

    /** True when a key is a one-word organisation head, title or place. */
    boolean isHeadWord(String key) {
        return orgHeads.hasWord(key) || titles.hasWord(key) || places.hasWord(key);
    }

    /** The class of a cue at token {@code i} (FORMER, LABEL …) with its value, if one starts there. */
    Optional<PhraseTable.Match<String[]>> cue(List<Token> tokens, int i, int end, String cls) {
        return cues.match(tokens, i, end).filter(m -> m.value()[0].equals(cls));
    }

    boolean isFunctionWord(List<Token> tokens, int i, int end, Set<String> classes) {
        return functionWords.match(tokens, i, end).filter(m -> m.length() == 1 && classes.contains(m.value()))
                .isPresent();
    }
}
