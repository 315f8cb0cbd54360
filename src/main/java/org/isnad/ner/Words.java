package org.isnad.ner;

import java.util.ArrayList;
import java.util.List;
import org.isnad.doc.Span;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;
import org.isnad.text.Tokenizer;

/**
 * Analyses corpus words (already split, one per line in a CoNLL file) into {@link Token}s the same way the
 * tokenizer analyses running text, so that a tagger sees the same forms in training and in the pipeline.
 */
public final class Words {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private Words() {
    }

    /** The analysis of one corpus word; its span is {@code [0, word.length())}. */
    public static Token analyze(String word) {
        List<Token> parts = TOKENIZER.tokenize(word);
        if (parts.size() == 1) {
            Token t = parts.get(0);
            return new Token(new Span(0, word.length()), t.surface(), t.norm(), t.proclitics(), t.base(), t.stem(),
                    t.kind());
        }
        String norm = ArabicNormalizer.MATCHING.normalize(word);
        // glued punctuation («بيروت،»): take the forms of the longest word part, keep the whole surface
        Token best = null;
        for (Token t : parts) {
            if ((t.kind() == TokenKind.ARABIC || t.kind() == TokenKind.LATIN)
                    && (best == null || t.norm().length() > best.norm().length())) {
                best = t;
            }
        }
        if (best == null) {
            TokenKind kind = parts.isEmpty() ? TokenKind.SYMBOL : parts.get(0).kind();
            return new Token(new Span(0, word.length()), word, norm, "", norm, norm, kind);
        }
        return new Token(new Span(0, word.length()), word, norm, best.proclitics(), best.base(), best.stem(),
                TokenKind.MIXED);
    }

    /** Analyses every word of a sentence. */
    public static List<Token> analyze(List<String> words) {
        List<Token> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(analyze(w));
        }
        return out;
    }
}
