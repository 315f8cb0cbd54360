package org.isnad.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The cheap guards of {@link NameParser} never skip work that could change a parse: the Latin compound-tail guard
 * holds for every word the tail regex matches, and the per-first-word form length never hides a listed
 * organisation form.
 */
class ParserGuardsTest {
    /** The same pattern as the parser's (kept here so that a change there must be reflected by the guard). */
    private static final Pattern TAIL =
            Pattern.compile("([a-z]{3,}?)(?:uddin|uddine|eddine|eddin|uddeen|addin|aldin|eldin|udin|ullah|allah)");
    private static final List<String> TAILS =
            List.of("uddin", "uddine", "eddine", "eddin", "uddeen", "addin", "aldin", "eldin", "udin", "ullah", "allah");

    @Property(tries = 3000)
    void tailGuardHoldsForEveryMatchingWord(@ForAll("words") String w) {
        if (TAIL.matcher(w).matches()) {
            assertTrue(NameParser.mayHaveLatinTail(w), w);
        }
    }

    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> stem = Arbitraries.strings().withChars("abdeilnu").ofMinLength(0).ofMaxLength(6);
        Arbitrary<String> tail = Arbitraries.of(TAILS);
        Arbitrary<String> withTail = Combinators.combine(stem, tail).as(String::concat);
        return Arbitraries.oneOf(withTail, stem, Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(12));
    }

    @Test
    void tailGuardRejectsOtherWordsAndKeepsCompounds() {
        assertTrue(NameParser.mayHaveLatinTail("nasruddin"));
        assertTrue(NameParser.mayHaveLatinTail("saifullah"));
        assertTrue(!NameParser.mayHaveLatinTail("muhammad"));
        assertTrue(!NameParser.mayHaveLatinTail("udin"));
        NameParser p = NameParser.DEFAULT;
        assertEquals("nasrdin", p.parse("Nasruddin Haqqani", NameKind.PERSON).parts().get(0).key());
        assertEquals("abdrahman", p.parse("Abdurrahman Haqqani", NameKind.PERSON).parts().get(0).key());
    }

    @Test
    void everyOrganisationFormIsWithinItsFirstWordsLength() {
        NameLexicon lex = NameLexicon.DEFAULT;
        for (String[] r : org.isnad.text.LexiconFile.rows("/org/isnad/names/org-words.txt")) {
            String[] words = r[0].split(" ");
            assertTrue(lex.longestOrgForm(words[0]) >= words.length, r[0]);
            assertTrue(lex.orgWord(List.of(words), 0, words.length).isPresent(), r[0]);
        }
        assertEquals(0, lex.longestOrgForm("muhammad"));
    }
}
