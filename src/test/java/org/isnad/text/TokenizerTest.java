package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> surfaces(String s) {
        return tokenizer.tokenize(s).stream().map(Token::surface).toList();
    }

    @Test
    void splitsWordsAndPunctuation() {
        assertEquals(List.of("قال", "الوزير", "،", "د", ".", "خالد", "،", "إن", "«", "الاتفاق", "»", "انتهى", "؟"),
                surfaces("قال الوزير، د. خالد، إن «الاتفاق» انتهى؟"));
    }

    @Test
    void keepsNumbersWhole() {
        assertEquals(List.of("بنسبة", "3.5", "%", "و", "٣٫٥", "و", "1,000", "دولار", "."),
                surfaces("بنسبة 3.5% و ٣٫٥ و 1,000 دولار."));
        assertEquals(List.of("عام", "2024", "."), surfaces("عام 2024."));
    }

    @Test
    void keepsDiacriticsTatweelAndJoinersInsideWords() {
        List<Token> t = tokenizer.tokenize("إِنَّ مـــــدينة كل\u200Cمة");
        assertEquals(List.of("إِنَّ", "مـــــدينة", "كل\u200Cمة"), t.stream().map(Token::surface).toList());
        assertEquals("ان", t.get(0).norm());
        assertEquals("مدينه", t.get(1).norm());
        assertEquals("كلمه", t.get(2).norm());
    }

    @Test
    void skipsBidiControlsBetweenWords() {
        assertEquals(List.of("قال", "مصدر"), surfaces("\u202Bقال\u202C \u200Fمصدر"));
    }

    @Test
    void givesKindsAndCliticForms() {
        Token t = tokenizer.tokenize("وأوضح").get(0);
        assertEquals(TokenKind.ARABIC, t.kind());
        assertEquals("واوضح", t.norm());
        assertEquals("اوضح", t.base());
        assertEquals("و", t.proclitics());
        assertTrue(t.is("اوضح"));
        assertEquals(TokenKind.DIGITS, tokenizer.tokenize("٣٫٥").get(0).kind());
        assertEquals(TokenKind.LATIN, tokenizer.tokenize("Reuters").get(0).kind());
        assertEquals(TokenKind.PUNCT, tokenizer.tokenize("«").get(0).kind());
    }

    @Test
    void tokenizesEveryExample() {
        for (Path p : Texts.exampleTexts()) {
            String text = Texts.read(p);
            List<Token> tokens = tokenizer.tokenize(text);
            assertTrue(tokens.size() > 50, p.toString());
            checkTokens(text, tokens);
            assertFalse(tokens.stream().anyMatch(t -> t.surface().isBlank()));
        }
    }

    @Provide
    Arbitrary<String> nasty() {
        return Texts.nastyText(120);
    }

    @Property(tries = 400)
    void tokenSpansMapToTheirSurface(@ForAll("nasty") String s) {
        checkTokens(s, tokenizer.tokenize(s));
    }

    /** Tokens are ordered, disjoint, non-empty, inside the text, never split a surrogate pair, and their forms agree. */
    static void checkTokens(String text, List<Token> tokens) {
        int last = 0;
        for (Token t : tokens) {
            assertTrue(t.start() >= last && t.end() > t.start() && t.end() <= text.length(), t::toString);
            assertEquals(text.substring(t.start(), t.end()), t.surface());
            assertEquals(ArabicNormalizer.MATCHING.normalize(t.surface()), t.norm());
            assertFalse(splitsPair(text, t.start()) || splitsPair(text, t.end()), "surrogate pair split");
            assertTrue(t.norm().endsWith(t.base()) || t.kind() == TokenKind.ARABIC, t::toString);
            last = t.end();
        }
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }
}
