package org.isnad.persuasion;

import java.util.ArrayList;
import java.util.List;
import org.isnad.doc.Span;
import org.isnad.model.PersuasionSpan;
import org.isnad.text.Sentence;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * Repetition: the same content word (same {@link LemmaKey}, at least {@value #MIN_KEY} letters) used again within
 * {@value #WINDOW} words of the same sentence («تأمين الأمن»، «حماية أرواح … وحماية أرواحهم»). Function words and
 * other words that repeat for grammar's sake are listed in {@code repetition-ignore.txt}. The span runs from the
 * first use to the second. Thread-safe.
 */
public final class RepetitionDetector {
    public static final String TECHNIQUE = "Repetition";
    static final int WINDOW = 6;
    static final int MIN_KEY = 4;

    private final WordSet ignore = new WordSet("/org/isnad/persuasion/repetition-ignore.txt");

    public List<PersuasionSpan> find(List<Token> toks, List<Sentence> sentences) {
        List<PersuasionSpan> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token a = toks.get(i);
                if (!eligible(a)) {
                    continue;
                }
                String ka = LemmaKey.of(a.base());
                int words = 0;
                for (int j = i + 1; j < s.endToken() && words < WINDOW; j++) {
                    Token b = toks.get(j);
                    if (b.kind() != TokenKind.ARABIC) {
                        continue;
                    }
                    words++;
                    if (eligible(b) && LemmaKey.of(b.base()).equals(ka)) {
                        out.add(new PersuasionSpan(TECHNIQUE, new Span(a.start(), b.end()), 0.4));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private boolean eligible(Token t) {
        return t.kind() == TokenKind.ARABIC && LemmaKey.of(t.base()).length() >= MIN_KEY && !ignore.contains(t);
    }
}
