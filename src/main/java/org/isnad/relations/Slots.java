package org.isnad.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.doc.Span;

/**
 * Clause-level reading around a trigger, shared by the rules: the subject before or after a verb, objects with or
 * without a preposition, coordinated mentions, places and time expressions.
 */
final class Slots {
    private static final int BACK = 10;

    final MentionReader r;
    final Sent s;

    Slots(MentionReader r) {
        this.r = r;
        this.s = r.sent();
    }

    /** Skips time expressions and commas from j. */
    int skipAdjuncts(int j) {
        while (s.in(j)) {
            int t = s.timeAt(j);
            if (t > 0) {
                j += t;
            } else if (s.isComma(j)) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** The mention that ends exactly at token {@code end} and starts as early as possible (within a window). */
    Optional<Mention> endingAt(int end) {
        Optional<Mention> best = Optional.empty();
        for (int x = end - 1; x >= Math.max(s.first, end - BACK); x--) {
            if (s.isPunct(x) && !s.isComma(x) && !s.isOpenQuote(x) && !s.isCloseQuote(x)) {
                break;
            }
            Optional<Mention> m = r.any(x, true);
            if (m.isPresent() && (m.get().to() == end || m.get().to() == end - 1 && s.isComma(end - 1))) {
                best = m; // a closing apposition comma may stand before «end»: «قائد الجبهة، فلان، التقى»
            }
        }
        return best;
    }

    /**
     * The subject of a verb at [t, te): after it (VSO, the usual order) unless a mention stands right before it at a
     * clause start (after أن/إن، a comma, a relative pronoun or the sentence start: SVO).
     */
    Optional<Mention> subject(int t, int te) {
        Optional<Mention> before = endingAt(t);
        if (before.isPresent() && clauseStartBefore(before.get())) {
            return before;
        }
        int j = skipAdjuncts(te);
        if (s.hasAnyPrepClitic(j) && !s.isDetachedPrep(j)) {
            return Optional.empty(); // «ينصح بالسفر»: no subject after a preposition
        }
        return r.any(j, true);
    }

    /** True when the subject is read before the verb. */
    boolean subjectBefore(Mention subj, int t) {
        return subj.to() <= t;
    }

    private boolean clauseStartBefore(Mention m) {
        int b = Math.min(m.from(), startOfReading(m)) - 1;
        return b < s.first || s.isComma(b) || s.isFunc(b, java.util.Set.of("PART", "REL"))
                || Keys.hasConj(s.t(b + 1)) && b + 1 == s.first;
    }

    private int startOfReading(Mention m) {
        return m.title().map(tp -> tokenAtOffset(tp.roleText().start())).orElse(m.from());
    }

    int tokenAtOffset(int off) {
        for (int i = s.first; i < s.end; i++) {
            if (s.t(i).end() > off) {
                return i;
            }
        }
        return s.end;
    }

    /** Mentions coordinated with m by و: «الحكومة السودانية والحركة الشعبية». */
    List<Mention> coordinated(Mention m) {
        List<Mention> out = new ArrayList<>();
        out.add(m);
        int j = m.to();
        while (s.in(j)) {
            int k = s.isComma(j) ? j + 1 : j;
            if (!s.isWord(k) || !s.t(k).hasProclitic("و")) {
                break;
            }
            Optional<Mention> n = r.any(k, true);
            if (n.isEmpty() || s.triggerAt(k).isPresent() && n.get().kind() == Mention.Kind.NP) {
                break;
            }
            out.add(n.get());
            j = n.get().to();
        }
        return out;
    }

    /** The mention at j after one of the prepositions (as a word or proclitic); "" allows a direct object. */
    Optional<Mention> object(int j, String... preps) {
        j = skipAdjuncts(j);
        for (String p : preps) {
            if (p.isEmpty()) {
                if (s.isWord(j) && !s.hasAnyPrepClitic(j) && !Keys.hasConj(s.t(j))) {
                    Optional<Mention> m = r.any(j, true);
                    if (m.isPresent()) {
                        return m;
                    }
                }
            } else if (p.length() == 1 && s.hasPrepClitic(j, p)) {
                Optional<Mention> m = r.any(j, false);
                if (m.isPresent()) {
                    return m;
                }
            } else if (s.isPrepWord(j, p)) {
                Optional<Mention> m = r.any(j + 1, true);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }

    /** The first mention after «مع» (or «ب») within a few tokens of j. */
    Optional<Mention> partnerAfter(int j, int window) {
        for (int x = j; x < j + window && s.in(x); x++) {
            if (s.isPunct(x) && !s.isComma(x)) {
                break;
            }
            if (s.isPrepWord(x, "مع")) {
                return r.any(x + 1, true);
            }
        }
        return Optional.empty();
    }

    /** The first place after في/ب/قرب/من between from and to that overlaps none of the used spans. */
    Optional<Mention> placeIn(int from, int to, List<Span> used) {
        for (int x = Math.max(from, s.first); x < Math.min(to, s.end); x++) {
            int at;
            if (s.isPrepWord(x, "في")) {
                at = x + 1;
            } else if (s.keys(x).contains("قرب")) {
                at = s.isPrepWord(x + 1, "من") ? x + 2 : x + 1;
            } else if (s.hasPrepClitic(x, "ب") || s.hasPrepClitic(x, "ف")) {
                at = x;
            } else {
                continue;
            }
            final int a = at;
            Optional<Mention> p = r.place(at);
            if (p.isEmpty()) {
                p = r.org(at).filter(o -> s.lex.orgHeads.match(s.toks, a, s.end)
                        .filter(h -> h.value().equals("FACILITY")).isPresent());
            }
            Optional<Mention> found = p;
            if (found.isPresent() && used.stream().noneMatch(u -> u.overlaps(found.get().span()))) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Every time expression of the sentence, in order. */
    List<Span> times() {
        List<Span> out = new ArrayList<>();
        for (int x = s.first; x < s.end; ) {
            int n = s.timeAt(x);
            if (n > 0) {
                out.add(s.span(x, x + n));
                x += n;
            } else {
                x++;
            }
        }
        return out;
    }

    /** Tokens from j up to a punctuation mark, a relative pronoun or a limit: a content phrase. */
    Optional<Span> contentFrom(int j, int max) {
        int x = j;
        while (s.in(x) && x - j < max && !s.isPunct(x) && !s.isFunc(x, java.util.Set.of("REL"))
                && s.timeAt(x) == 0 && !s.isPrepWord(x, "برعاية", "خلال")) {
            x++;
        }
        return x > j ? Optional.of(s.span(j, x)) : Optional.empty();
    }
}
