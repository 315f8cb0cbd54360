package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.isnad.doc.Document;
import org.isnad.model.Layers;
import org.junit.jupiter.api.Test;

class TokenListTest {
    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void keepsOffsetsBesideTheTokensAndIsImmutable() {
        String text = "قال الوزير، د. خالد: «انتهى». وغادر";
        TokenList tokens = (TokenList) tokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            assertEquals(tokens.get(i).start(), tokens.start(i));
            assertEquals(tokens.get(i).end(), tokens.end(i));
        }
        assertThrows(UnsupportedOperationException.class, () -> tokens.add(tokens.get(0)));
        assertThrows(IndexOutOfBoundsException.class, () -> tokens.start(tokens.size()));
        assertEquals(0, tokens.firstEndingAfter(0));
        assertEquals(1, tokens.firstEndingAfter(3));
        assertEquals(tokens.size(), tokens.firstEndingAfter(text.length()));
        assertEquals(tokens, TokenList.of(new ArrayList<>(tokens)));
        assertSame(tokens, TokenList.of(tokens));
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
}
