package org.isnad.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.doc.Span;

/**
 * Groups tokens into sentences. A sentence ends at . ! ? ؟ … or a line break, never at the clause marks ، ؛.
 * A full stop after an abbreviation ({@code abbreviations.txt}) or a single letter is no end, nor is one inside a
 * number (the tokenizer keeps 3.5 whole). Closing quotes and brackets after an end stay with the sentence they close,
 * and a sentence does not end while a « or “ quote it opened is still open, unless a line break comes or the quote
 * runs away (more than {@value #MAX_QUOTED_TOKENS} tokens). Thread-safe.
 */
public final class SentenceSplitter {
    static final int MAX_QUOTED_TOKENS = 120;
    private final Set<String> abbreviations = new HashSet<>(LexiconFile.lines("/org/isnad/text/abbreviations.txt"));

    public List<Sentence> split(String text, List<Token> tokens) {
        return new Run(TokenList.of(text, tokens)).split();
    }

    /** One splitting pass over the token list's offset, mark and line-break arrays. */
    private final class Run {
        private final TokenList tokens;
        private final int n;

        Run(TokenList tokens) {
            this.tokens = tokens;
            this.n = tokens.size();
        }

        private char mark(int i) {
            return tokens.mark(i);
        }

        List<Sentence> split() {
            List<Sentence> out = new ArrayList<>();
            int first = 0;
            int quoteDepth = 0;
            int quoteOpenedAt = -1;
            int asciiQuotes = 0;
            for (int i = 0; i < n; i++) {
                if (i > first && tokens.lineBreakBefore(i)) {
                    out.add(sentence(first, i));
                    first = i;
                    quoteDepth = 0;
                    asciiQuotes = 0;
                }
                char c = tokens.mark(i);
                if (c == 0) {
                    continue; // only one-character tokens open, close or end anything
                }
                if (isOpenQuote(c)) {
                    if (quoteDepth++ == 0) {
                        quoteOpenedAt = i;
                    }
                } else if (isCloseQuote(c)) {
                    quoteDepth = Math.max(0, quoteDepth - 1);
                    if (quoteDepth == 0 && i > first && isTerminator(mark(i - 1)) && !isAbbreviationStop(i - 1)) {
                        out.add(sentence(first, i + 1));
                        first = i + 1;
                        asciiQuotes = 0;
                        continue;
                    }
                } else if (c == '"') {
                    asciiQuotes++;
                }
                if (!isTerminator(c) || isAbbreviationStop(i)) {
                    continue;
                }
                if (quoteDepth > 0 && i - quoteOpenedAt <= MAX_QUOTED_TOKENS) {
                    continue;
                }
                int end = i + 1;
                while (end < n && !tokens.lineBreakBefore(end)) {
                    char next = mark(end);
                    if (isTerminator(next) || isCloseQuote(next) || isCloseBracket(next)
                            || next == '"' && asciiQuotes % 2 == 1) {
                        if (next == '"') {
                            asciiQuotes++;
                        }
                        end++;
                    } else {
                        break;
                    }
                }
                out.add(sentence(first, end));
                first = end;
                i = end - 1;
                quoteDepth = 0;
                asciiQuotes = 0;
            }
            if (first < n) {
                out.add(sentence(first, n));
            }
            return out;
        }

        /** A full stop glued to a single letter or a listed abbreviation. */
        private boolean isAbbreviationStop(int i) {
            if (i == 0 || mark(i) != '.' || tokens.end(i - 1) != tokens.start(i)) {
                return false;
            }
            String p = tokens.get(i - 1).norm();
            if (p.length() == 1 && Character.isLetter(p.charAt(0))) {
                return true;
            }
            return abbreviations.contains(p);
        }

        private Sentence sentence(int first, int end) {
            return new Sentence(new Span(tokens.start(first), tokens.end(end - 1)), first, end);
        }
    }

    static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u06D4';
    }

    static boolean isOpenQuote(char c) {
        return c == '\u00AB' || c == '\u201C' || c == '\u2018';
    }

    static boolean isCloseQuote(char c) {
        return c == '\u00BB' || c == '\u201D' || c == '\u2019';
    }

    private static boolean isCloseBracket(char c) {
        return c == ')' || c == ']' || c == '}';
    }
}
