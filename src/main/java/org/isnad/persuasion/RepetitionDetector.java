package org.isnad.persuasion;

import java.util.ArrayList;
import java.util.List;
import org.isnad.doc.Span;
import org.isnad.model.PersuasionSpan;
import org.isnad.text.Sentence;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * Repetition: a content word said again at once, alone or after و or a comma, to press it («خاوة خاوة»،
 * «لا، لا»، «مرة ومرة»): the same clitic-free form within {@value #WINDOW} word of the first use, at least
 * {@value #MIN_KEY} letters long, not listed in {@code repetition-ignore.txt} (words that repeat for grammar's sake).
 * Wider windows were measured on ArMPro dev and fire mostly on names and terms a report must repeat («المسجد الحرام
 * والمسجد النبوي»), so the detector stays this narrow. The span runs from the first use to the second. Thread-safe.
 */
public final class RepetitionDetector {
    public static final String TECHNIQUE = "Repetition";
    static final int WINDOW = 1;
    static final int MIN_KEY = 3;

    private final WordSet ignore = new WordSet("/org/isnad/persuasion/repetition-ignore.txt");

    public List<PersuasionSpan> find(List<Token> toks, List<Sentence> sentences) {
        return find(new IndexedTokens(toks), sentences);
    }

    List<PersuasionSpan> find(IndexedTokens d, List<Sentence> sentences) {
        List<Token> toks = d.tokens;
        List<PersuasionSpan> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token a = toks.get(i);
                if (a.kind() != TokenKind.ARABIC) {
                    continue;
                }
                int words = 0;
                for (int j = i + 1; j < s.endToken() && words < WINDOW; j++) {
                    Token b = toks.get(j);
                    if (b.kind() != TokenKind.ARABIC) {
                        continue;
                    }
                    words++;
                    if (b.base().equals(a.base()) && eligible(d, i)) {
                        out.add(new PersuasionSpan(TECHNIQUE, new Span(a.start(), b.end()), 0.4));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private boolean eligible(IndexedTokens d, int i) {
        Token t = d.get(i);
        return t.kind() == TokenKind.ARABIC && d.keys[i][0].length() >= MIN_KEY && !ignore.contains(d.keys[i], d.exact[i]);
    }
}
