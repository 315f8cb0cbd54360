package org.isnad.attribution;

import java.util.ArrayList;
import java.util.List;
import org.isnad.text.Sentence;

/**
 * Settles chains between drafts: an attribution whose cue lies inside another's content gets that one as
 * {@code parent} (the innermost); a sentence that carries on an earlier attribution without a new cue («وأنّ …» or a
 * second quoted sentence) becomes a {@code continues} draft repeating the cue and source. Thread-safe.
 */
final class ChainLinker {
    private final ContentScanner scanner;

    ChainLinker(ContentScanner scanner) {
        this.scanner = scanner;
    }

    void link(TokenText tt, List<Draft> drafts, CueMatch[] cueAt) {
        for (Draft x : drafts) {
            if (x.parent != null) {
                continue;
            }
            Draft best = null;
            for (Draft y : drafts) {
                if (y == x || y.content == null || !y.content.contains(x.cueSpan) || y.content.equals(x.content)
                        || y.parent == x || isAncestor(x, y)) {
                    continue;
                }
                if (best == null || best.content.length() > y.content.length()) {
                    best = y;
                }
            }
            x.parent = best;
        }
    }

    private static boolean isAncestor(Draft x, Draft y) {
        for (Draft p = y.parent; p != null; p = p.parent) {
            if (p == x) {
                return true;
            }
        }
        return false;
    }

    /** Adds continuation drafts for sentences that carry on the attribution of the sentence before. */
    List<Draft> continuations(TokenText tt, List<Draft> drafts, CueMatch[] cueAt) {
        List<Draft> added = new ArrayList<>();
        for (int s = 1; s < tt.sentences.size(); s++) {
            Sentence sent = tt.sentences.get(s);
            if (sent.tokenCount() == 0 || covered(sent, drafts) || hasCue(sent, cueAt)) {
                continue;
            }
            Draft prev = lastEndingIn(tt, drafts, s - 1);
            if (prev == null) {
                continue;
            }
            int first = sent.firstToken();
            boolean comp = tt.isComplementizer(first) && tt.isArabic(first) && tt.norm(first).startsWith("و");
            boolean quote = tt.isOpenQuote(first) && prev.contentTo < tt.size() && prev.contentTo > 0
                    && tt.isQuote(Math.min(prev.contentTo, tt.size() - 1));
            if (!comp && !quote) {
                continue;
            }
            Draft c = new Draft(prev.cue);
            c.source = prev.source;
            c.sourcePhrase = prev.sourcePhrase;
            c.implicit = prev.implicit;
            c.type = prev.type;
            c.entity = prev.entity;
            c.certainty = prev.certainty;
            ContentScanner.Extent ex;
            if (quote && tt.partner(first) > first) {
                ex = scanner.trimmed(tt, first + 1, tt.partner(first), true);
            } else {
                ex = scanner.trimmed(tt, first, scanner.clauseEnd(tt, first, sent.endToken(), cueAt, false), false);
            }
            if (ex.to() <= ex.from()) {
                continue;
            }
            c.contentFrom = ex.from();
            c.contentTo = ex.to();
            c.content = ex.span();
            c.continues = prev.continues != null ? prev.continues : prev;
            added.add(c);
            drafts.add(c);
        }
        return added;
    }

    private static boolean covered(Sentence s, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.content != null && d.content.start() <= s.start() && d.content.end() >= s.end() - 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCue(Sentence s, CueMatch[] cueAt) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (cueAt[i] != null) {
                return true;
            }
        }
        return false;
    }

    private static Draft lastEndingIn(TokenText tt, List<Draft> drafts, int sentence) {
        Draft best = null;
        for (Draft d : drafts) {
            if (d.content == null || d.contentTo <= 0) {
                continue;
            }
            int endSentence = tt.sentenceIndex(Math.min(d.contentTo - 1, tt.size() - 1));
            if (endSentence == sentence && (best == null || d.content.end() > best.content.end())) {
                best = d;
            }
        }
        return best;
    }
}
