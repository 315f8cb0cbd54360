package org.isnad.persuasion;

import java.util.ArrayList;
import java.util.List;
import org.isnad.doc.Span;
import org.isnad.model.PersuasionSpan;
import org.isnad.text.Sentence;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * Scare quotes: one to {@value #MAX_WORDS} Arabic words set in quotation marks to keep a distance from them
 * («الإنسانية»، "الثورة"), as opposed to a quotation (a reporting cue or a colon before it, or a longer stretch) or
 * a name or title (a naming head such as حملة، فيلم، صحيفة، بعنوان right before it, or heading a quoted name of
 * two or more words: «مؤسسة النور الخيرية»). The cue and naming words are
 * data files {@code scare-quote-cues.txt} and {@code naming-heads.txt}. Thread-safe.
 */
public final class ScareQuoteDetector {
    public static final String TECHNIQUE = "Scare_Quotes";
    static final int MAX_WORDS = 3;
    private static final int LOOK_BACK = 3;

    private final WordSet cues = new WordSet("/org/isnad/persuasion/scare-quote-cues.txt");
    private final WordSet namingHeads = new WordSet("/org/isnad/persuasion/naming-heads.txt");

    public List<PersuasionSpan> find(List<Token> toks, List<Sentence> sentences) {
        return find(new IndexedTokens(toks), sentences);
    }

    List<PersuasionSpan> find(IndexedTokens d, List<Sentence> sentences) {
        List<Token> toks = d.tokens;
        List<PersuasionSpan> out = new ArrayList<>();
        for (Sentence s : sentences) {
            int i = s.firstToken();
            while (i < s.endToken()) {
                Token open = toks.get(i);
                int close = TokenWindow.isQuote(open) && isOpening(open.surface().charAt(0))
                        ? closing(toks, i, s.endToken()) : -1;
                if (close < 0) {
                    i++;
                    continue;
                }
                if (isScare(d, s, i, close)) {
                    out.add(new PersuasionSpan(TECHNIQUE, new Span(open.start(), toks.get(close).end()), 0.7));
                }
                i = close + 1;
            }
        }
        return out;
    }

    private static boolean isOpening(char c) {
        return c == '«' || c == '"' || c == '“' || c == '„' || c == '‘';
    }

    private static boolean closes(char open, char c) {
        return switch (open) {
            case '«' -> c == '»';
            case '"' -> c == '"' || c == '”';
            case '“', '„' -> c == '”' || c == '"' || c == '“';
            case '‘' -> c == '’';
            default -> false;
        };
    }

    private static int closing(List<Token> toks, int i, int limit) {
        char o = toks.get(i).surface().charAt(0);
        for (int j = i + 1; j < limit; j++) {
            String s = toks.get(j).surface();
            if (s.length() == 1 && closes(o, s.charAt(0))) {
                return j;
            }
        }
        return -1;
    }

    private boolean isScare(IndexedTokens d, Sentence s, int open, int close) {
        List<Token> toks = d.tokens;
        int words = 0;
        for (int k = open + 1; k < close; k++) {
            Token t = toks.get(k);
            if (t.kind() == TokenKind.ARABIC) {
                words++;
            } else if (!t.surface().equals("-")) {
                return false; // punctuation, digits or Latin inside: a quotation, a figure or a foreign name
            }
        }
        if (words == 0 || words > MAX_WORDS) {
            return false;
        }
        if (words > 1 && namingHeads.contains(d.keys[open + 1], d.exact[open + 1])) {
            return false; // a name that carries its own head: «مؤسسة النور الخيرية»، «جبهة الفجر»
        }
        if (close + 1 < s.endToken() && toks.get(close + 1).surface().equals(":")) {
            return false;
        }
        for (int k = open - 1, seen = 0; k >= s.firstToken() && seen < LOOK_BACK; k--) {
            Token t = toks.get(k);
            if (t.surface().equals(":")) {
                return false;
            }
            if (!TokenWindow.isWord(t)) {
                break;
            }
            boolean head = namingHeads.contains(d.keys[k], d.exact[k]);
            if (cues.contains(d.keys[k], d.exact[k]) || seen == 0 && head
                    || seen == 1 && head && nisbaAdjective(toks.get(open - 1))) {
                // a naming head, also with one adjective between: «للبرنامج الطبي "نمو وصحة"»
                return false;
            }
            seen++;
        }
        return true;
    }

    /** A definite relative adjective («الطبي»، «الوطنية»; base folded, so ة is ه): it may stand between a naming head and its name. */
    private static boolean nisbaAdjective(Token t) {
        String b = t.base();
        return b.startsWith("ال") && b.length() > 4 && (b.endsWith("ي") || b.endsWith("يه"));
    }
}
