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
        char[] chars = text.toCharArray();
        List<Sentence> out = new ArrayList<>();
        int first = 0;
        int quoteDepth = 0;
        int quoteOpenedAt = -1;
        int asciiQuotes = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int start = t.start();
            if (i > first && hasLineBreak(chars, tokens.get(i - 1).end(), start)) {
                out.add(sentence(tokens, first, i));
                first = i;
                quoteDepth = 0;
                asciiQuotes = 0;
            }
            if (t.end() - start != 1) {
                continue; // only one-character tokens open, close or end anything
            }
            String s = t.surface();
            if (isOpenQuote(s)) {
                if (quoteDepth++ == 0) {
                    quoteOpenedAt = i;
                }
            } else if (isCloseQuote(s)) {
                quoteDepth = Math.max(0, quoteDepth - 1);
                if (quoteDepth == 0 && i > first && isTerminator(tokens.get(i - 1).surface())
                        && !isAbbreviationStop(tokens, i - 1)) {
                    out.add(sentence(tokens, first, i + 1));
                    first = i + 1;
                    asciiQuotes = 0;
                    continue;
                }
            } else if (s.equals("\"")) {
                asciiQuotes++;
            }
            if (!isTerminator(s) || isAbbreviationStop(tokens, i)) {
                continue;
            }
            boolean quoteOpen = quoteDepth > 0 && i - quoteOpenedAt <= MAX_QUOTED_TOKENS;
            if (quoteOpen) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && !hasLineBreak(chars, tokens.get(end - 1).end(), tokens.get(end).start())) {
                String next = tokens.get(end).surface();
                if (isTerminator(next) || isCloseQuote(next) || isCloseBracket(next)
                        || next.equals("\"") && asciiQuotes % 2 == 1) {
                    if (next.equals("\"")) {
                        asciiQuotes++;
                    }
                    end++;
                } else {
                    break;
                }
            }
            out.add(sentence(tokens, first, end));
            first = end;
            i = end - 1;
            quoteDepth = 0;
            asciiQuotes = 0;
        }
        if (first < tokens.size()) {
            out.add(sentence(tokens, first, tokens.size()));
        }
        return out;
    }

    private boolean isAbbreviationStop(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.surface().equals(".") || i == 0) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (prev.end() != t.start()) {
            return false;
        }
        String p = prev.norm();
        if (p.length() == 1 && Character.isLetter(p.charAt(0))) {
            return true;
        }
        return abbreviations.contains(p);
    }

    private static Sentence sentence(List<Token> tokens, int first, int end) {
        return new Sentence(new Span(tokens.get(first).start(), tokens.get(end - 1).end()), first, end);
    }

    private static boolean hasLineBreak(char[] text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028' || c == '\u0085') {
                return true;
            }
        }
        return false;
    }

    /** The single character of a one-character token, or 0: every mark this class looks at is one character. */
    private static char only(String s) {
        return s.length() == 1 ? s.charAt(0) : 0;
    }

    static boolean isTerminator(String s) {
        char c = only(s);
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u06D4';
    }

    static boolean isOpenQuote(String s) {
        char c = only(s);
        return c == '\u00AB' || c == '\u201C' || c == '\u2018';
    }

    static boolean isCloseQuote(String s) {
        char c = only(s);
        return c == '\u00BB' || c == '\u201D' || c == '\u2019';
    }

    private static boolean isCloseBracket(String s) {
        char c = only(s);
        return c == ')' || c == ']' || c == '}';
    }
}
