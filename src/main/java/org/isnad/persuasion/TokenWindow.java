package org.isnad.persuasion;

import java.util.List;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/** Helpers over a token list bounded by one sentence: word tests and clause boundaries. */
final class TokenWindow {
    private static final String CLAUSE_BREAKS = "،,؛;:.!?؟";
    private static final String QUOTES = "«»\"“”„‘’'";

    private TokenWindow() {
    }

    static boolean isWord(Token t) {
        return t.kind() != TokenKind.PUNCT && t.kind() != TokenKind.SYMBOL;
    }

    static boolean isQuote(Token t) {
        return t.surface().length() == 1 && QUOTES.indexOf(t.surface().charAt(0)) >= 0;
    }

    static boolean isClauseBreak(Token t) {
        return t.surface().length() == 1 && CLAUSE_BREAKS.indexOf(t.surface().charAt(0)) >= 0;
    }

    /** Index after the last token reached by going on over up to n words, passing quote marks, from {@code end}. */
    static int extendAfter(List<Token> toks, int end, int limit, int n) {
        int last = end;
        int words = 0;
        int quotes = 0;
        for (int i = end; i < limit && words < n; i++) {
            Token t = toks.get(i);
            if (isWord(t)) {
                words++;
                last = i + 1;
            } else if (isQuote(t)) {
                quotes++;
            } else if (!t.surface().equals("-")) {
                break;
            }
        }
        boolean closes = last < limit && isQuote(toks.get(last));
        return quotes % 2 == 1 && closes ? last + 1 : last; // keep a quotation opened inside the span whole
    }

    /** Index of the first token reached by going back over up to n words, passing quote marks, from start. */
    static int extendBefore(List<Token> toks, int start, int floor, int n) {
        int first = start;
        int words = 0;
        int quotes = 0;
        for (int i = start - 1; i >= floor && words < n; i--) {
            Token t = toks.get(i);
            if (isWord(t)) {
                words++;
                first = i;
            } else if (isQuote(t)) {
                quotes++;
            } else if (!t.surface().equals("-")) {
                break;
            }
        }
        boolean opens = first - 1 >= floor && isQuote(toks.get(first - 1));
        return quotes % 2 == 1 && opens ? first - 1 : first;
    }
}
