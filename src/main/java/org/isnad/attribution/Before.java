package org.isnad.attribution;

import java.util.List;
import java.util.Set;
import org.isnad.attribution.ContentScanner.Extent;
import org.isnad.text.Sentence;

/**
 * Clause boundaries and content that comes before its cue («X، بحسب Y»): where a clause starts, where a sentence's
 * own text starts after a dateline («المدينة نيوز:-») or a discourse adverbial («في هذا السياق،»), and which earlier
 * attribution a prepositional cue attaches to («قال فلان بحسب صحيفة …»). Thread-safe.
 */
final class Before {
    private static final Set<String> OPENERS = Set.of("في", "وفي", "وفى", "فى", "ومن", "من", "على", "وعلى", "الى", "والى",
            "بدوره", "بدورها", "كذلك", "ايضا", "اما", "واما", "بينما", "مع", "ومع", "بعد", "وبعد");
    /** Particles after which a new clause (and so a new subject) begins. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("لكن", "ولكن", "بينما", "فيما", "حيث", "اذ", "ثم", "بل",
            "وبينما", "لان", "كي");
    private final SourceLexicon lex;

    Before(SourceLexicon lex) {
        this.lex = lex;
    }

    /** The first token of the clause holding token {@code i}: after a comma, colon, quote, complementizer … */
    int clauseStart(TokenText tt, int i, boolean[] isCue) {
        Sentence s = tt.sentenceOf(i);
        int j = i - 1;
        while (j >= s.firstToken()) {
            if (tt.isComma(j) || tt.isColon(j) || tt.isClauseStop(j) || tt.isTerminator(j)
                    || tt.isOpenQuote(j) && (tt.partner(j) < 0 || tt.partner(j) > i) || tt.isComplementizer(j)
                    || ImplicitSources.isRelative(tt, j) || isDash(tt, j)
                    || tt.isArabic(j) && CLAUSE_OPENERS.contains(tt.norm(j))) {
                return j + 1;
            }
            j--;
        }
        return s.firstToken();
    }

    /** Like {@link #clauseStart} but passing commas (for a subject with an apposition before its verb). */
    int wideStart(TokenText tt, int i) {
        Sentence s = tt.sentenceOf(i);
        for (int j = i - 1; j >= s.firstToken(); j--) {
            if (tt.isColon(j) || tt.isClauseStop(j) || tt.isTerminator(j) || tt.isComplementizer(j)
                    || tt.isOpenQuote(j) && (tt.partner(j) < 0 || tt.partner(j) > i) || ImplicitSources.isRelative(tt, j)
                    || isDash(tt, j)) {
                return j + 1;
            }
        }
        return s.firstToken();
    }

    private static boolean isDash(TokenText tt, int j) {
        String s = tt.tok(j).surface();
        return s.equals("-") || s.equals("/") || s.equals("–") || s.equals("—");
    }

    /** Where a sentence's own text starts: after a leading dateline and a leading adverbial phrase with a comma. */
    int ownStart(TokenText tt, Sentence s) {
        int i = s.firstToken();
        int end = s.endToken();
        for (int j = i; j < end && j < i + 10; j++) {
            String t = tt.tok(j).surface();
            boolean dash = (t.equals("-") || t.equals("/")) && j + 1 < end && tt.tok(j + 1).surface().equals(t);
            boolean colonDash = t.equals(":") && j + 1 < end && tt.tok(j + 1).surface().equals("-");
            if (dash || colonDash) {
                i = j + 2;
                break;
            }
        }
        if (i < end && tt.isArabic(i) && OPENERS.contains(tt.norm(i))) {
            for (int j = i + 1; j < end && j <= i + 5; j++) {
                if (tt.isComma(j)) {
                    return j + 1;
                }
                if (!tt.isWord(j)) {
                    break;
                }
            }
        }
        return i;
    }

    /**
     * True when token i lies in a title line: the first sentence of a longer text, without final punctuation and
     * followed by a line break («وزارة الدفاع تنفي تقارير …»).
     */
    boolean isTitleLine(TokenText tt, int i) {
        if (tt.sentenceIndex(i) != 0 || tt.sentences.size() < 2) {
            return false;
        }
        Sentence s = tt.sentences.get(0);
        int last = s.endToken() - 1;
        if (tt.isTerminator(last) || tt.isQuote(last) && last > 0 && tt.isTerminator(last - 1)) {
            return false;
        }
        for (int k = tt.tok(last).end(); k < tt.text.length(); k++) {
            char ch = tt.text.charAt(k);
            if (ch == '\n' || ch == '\r') {
                return true;
            }
            if (!Character.isWhitespace(ch)) {
                return false;
            }
        }
        return false;
    }

    /** True when only a dateline or a leading adverbial stands between the sentence start and token {@code i}. */
    boolean onlyAdverbialBefore(TokenText tt, int i) {
        return ownStart(tt, tt.sentenceOf(i)) >= i;
    }

    /**
     * The content before a cue: from the sentence's own start, or from after the frame of an earlier attribution in
     * the same sentence, up to the cue.
     */
    Extent content(TokenText tt, int cue, List<Draft> drafts, boolean[] isCue, ContentScanner scanner) {
        Sentence s = tt.sentenceOf(cue);
        int from = ownStart(tt, s);
        for (Draft d : drafts) {
            if (d.contentTo <= cue && d.contentTo > from && tt.sentenceIndex(Math.max(d.cue.first(), 0)) == tt.sentenceIndex(cue)) {
                from = d.contentTo;
            }
        }
        return scanner.trimmed(tt, from, cue, false);
    }

    /** The earlier attribution a prepositional cue attaches to: inside its frame, or right after its content. */
    Draft host(TokenText tt, CueMatch c, List<Draft> drafts) {
        Draft best = null;
        for (Draft d : drafts) {
            if (d.content == null || d.cue.first() >= c.first()) {
                continue;
            }
            boolean inFrame = d.cue.end() <= c.first() && c.first() < d.contentFrom
                    && tt.sentenceIndex(d.cue.first()) == tt.sentenceIndex(c.first());
            boolean adjacent = d.contentTo <= c.first() && onlyPunctuation(tt, d.contentTo, c.first())
                    && tt.sentenceIndex(d.contentTo - 1) == tt.sentenceIndex(c.first());
            if (inFrame || adjacent) {
                best = d;
            }
        }
        return best;
    }

    private static boolean onlyPunctuation(TokenText tt, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tt.isWord(i)) {
                return false;
            }
        }
        return to - from <= 3;
    }
}
