package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.isnad.doc.Document;
import org.isnad.model.Layers;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TokenListTest {
    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void keepsOffsetsBesideTheTokensAndIsImmutable() {
        String text = "قال الوزير، د. خالد:\r\n«انتهى».\u2029 \u200Fوغادر";
        TokenList tokens = (TokenList) tokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            assertEquals(tokens.get(i).start(), tokens.start(i));
            assertEquals(tokens.get(i).end(), tokens.end(i));
        }
        assertThrows(UnsupportedOperationException.class, () -> tokens.add(tokens.get(0)));
        assertThrows(IndexOutOfBoundsException.class, () -> tokens.start(tokens.size()));
        assertEquals(0, tokens.firstEndingAfter(0));
        assertEquals(1, tokens.firstEndingAfter(3));
        assertEquals(':', tokens.mark(6));
        assertEquals(0, tokens.mark(5));
        assertTrue(tokens.lineBreakBefore(7) && tokens.lineBreakBefore(11) && !tokens.lineBreakBefore(10));
        assertEquals(tokens.size(), tokens.firstEndingAfter(text.length()));
        assertEquals(tokens, TokenList.of(text, new ArrayList<>(tokens)));
        TokenList rebuilt = TokenList.of(text, new ArrayList<>(tokens));
        for (int i = 0; i < tokens.size(); i++) {
            assertEquals(tokens.mark(i), rebuilt.mark(i));
            assertEquals(tokens.lineBreakBefore(i), rebuilt.lineBreakBefore(i));
        }
        assertSame(tokens, TokenList.of(text, tokens));
        Document doc = Document.of("d", text);
        doc.set(Layers.TOKENS, tokens);
        assertSame(tokens, doc.get(Layers.TOKENS), "kept, not copied");
    }

    @Test
    void theSplitterGivesTheSameSentencesForAnyTokenList() {
        SentenceSplitter splitter = new SentenceSplitter();
        for (var p : Texts.exampleTexts()) {
            String text = Texts.read(p);
            List<Token> tokens = tokenizer.tokenize(text);
            assertEquals(splitter.split(text, tokens), splitter.split(text, new ArrayList<>(tokens)));
        }
    }

    @Provide
    Arbitrary<String> nasty() {
        return Texts.nastyText(150);
    }

    @Property(tries = 300)
    void marksAndBreaksFromTheTokenizerMatchThoseReadFromTheText(@ForAll("nasty") String text) {
        TokenList tokens = (TokenList) tokenizer.tokenize(text);
        TokenList rebuilt = TokenList.of(text, new ArrayList<>(tokens));
        for (int i = 0; i < tokens.size(); i++) {
            assertEquals(rebuilt.mark(i), tokens.mark(i));
            assertEquals(rebuilt.lineBreakBefore(i), tokens.lineBreakBefore(i), () -> "token " + text);
        }
        SentenceSplitter splitter = new SentenceSplitter();
        assertEquals(splitter.split(text, rebuilt), splitter.split(text, tokens));
    }
}
