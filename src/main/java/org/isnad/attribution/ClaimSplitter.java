package org.isnad.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.doc.Span;
import org.isnad.model.Certainty;
import org.isnad.model.SourceType;
import org.isnad.text.Sentence;

/**
 * Splits text into clause-level claims. Attributed content is cut at sentence ends, semicolons, and at a comma
 * followed by a new clause («، و…»، «، كما»، «، لكن»، «، بينما»); each piece takes the certainty of its
 * attribution's cue and source, and becomes HEDGED when the piece itself holds a hedge. The outlet's own text — sentence parts covered by no attribution, without
 * datelines, questions and title lines — is cut the same way and given no attribution, ASSERTED or HEDGED.
 * Pieces shorter than {@value #MIN_WORDS} words (own voice) or 2 words (attributed) are not claims. Thread-safe.
 */
final class ClaimSplitter {
    static final int MIN_WORDS = 4;
    /** Words a source phrase needs to count as a description of its source. */
    static final int SOURCE_DESCRIPTION_WORDS = 3;
    private static final Set<String> CLAUSE_WORDS = Set.of("كما", "لكن", "ولكن", "بينما", "فيما", "حيث", "غير");
    private final CertaintyRules certainty;
    private final Before before;

    /** A claim before ids are given: its span, the draft it belongs to (or empty) and its certainty. */
    record Piece(Span span, Optional<Draft> draft, Certainty certainty) {
    }

    ClaimSplitter(CertaintyRules certainty, Before before) {
        this.certainty = certainty;
        this.before = before;
    }

    List<Piece> claims(TokenText tt, List<Draft> drafts) {
        List<Piece> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.content == null || relaysIdentical(d, drafts)) {
                continue;
            }
            for (int[] r : split(tt, d.contentFrom, d.contentTo)) {
                if (words(tt, r[0], r[1]) < 2) {
                    continue;
                }
                Certainty c = d.continues != null ? certainty.base(tt, d.continues) : certainty.base(tt, d);
                if (c != Certainty.DENIED && certainty.hedged(tt, r[0], r[1])) {
                    c = Certainty.HEDGED;
                }
                Span s = tt.span(r[0], r[1]);
                s = new Span(Math.max(s.start(), d.content.start()), Math.min(s.end(), d.content.end()));
                out.add(new Piece(s, Optional.of(d), c));
            }
        }
        boolean[] covered = new boolean[tt.size()];
        for (Draft d : drafts) {
            if (d.content == null) {
                continue;
            }
            Span frame = d.cueSpan.cover(d.content);
            if (d.sourcePhrase != null && !d.implicit && tt.sentenceIndex(d.sourcePhrase.from()) == tt.sentenceIndex(d.cue.first())) {
                frame = frame.cover(d.sourcePhrase.span());
            }
            for (int i = 0; i < tt.size(); i++) {
                if (frame.overlaps(tt.tok(i).span())) {
                    covered[i] = true;
                }
            }
        }
        for (int si = 0; si < tt.sentences.size(); si++) {
            Sentence s = tt.sentences.get(si);
            if (isQuestion(tt, s) || isTitle(tt, s, si)) {
                continue;
            }
            int i = before.ownStart(tt, s);
            while (i < s.endToken()) {
                if (covered[i]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < s.endToken() && !covered[j]) {
                    j++;
                }
                for (int[] r : split(tt, i, j)) {
                    int[] t = trim(tt, r[0], r[1]);
                    if (words(tt, t[0], t[1]) >= MIN_WORDS) {
                        Certainty c = certainty.hedged(tt, t[0], t[1]) ? Certainty.HEDGED : Certainty.ASSERTED;
                        out.add(new Piece(tt.span(t[0], t[1]), Optional.empty(), c));
                    }
                }
                i = j;
            }
        }
        addSourceDescriptions(tt, drafts, out);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /**
     * A source phrase that describes a named person («وزير الدفاع اللبناني، موريس حداد») is the outlet's own assertion
     * about who the source is, so it becomes an outlet-voice claim: relations read from it (a ROLE) then have a claim
     * to name. Bare sources («مصادر»، «المركز»), organisation names («مركز الشرق للدراسات») and descriptions of
     * unnamed sources («مصدر مطلع على الملف») say nothing about a person and stay out.
     */
    private void addSourceDescriptions(TokenText tt, List<Draft> drafts, List<Piece> out) {
        for (Draft d : drafts) {
            if (d.sourcePhrase == null || d.implicit || d.continues != null || d.type != SourceType.NAMED_PERSON
                    || words(tt, d.sourcePhrase.from(), d.sourcePhrase.to()) < SOURCE_DESCRIPTION_WORDS) {
                continue;
            }
            Span span = d.sourcePhrase.span();
            if (out.stream().noneMatch(p -> p.span().overlaps(span))) {
                out.add(new Piece(span, Optional.empty(), Certainty.ASSERTED));
            }
        }
    }

    /** A relaying source (same content as a draft that names it as parent) leaves the claims to the origin. */
    private static boolean relaysIdentical(Draft d, List<Draft> drafts) {
        for (Draft x : drafts) {
            if (x != d && x.parent == d && d.content.equals(x.content)) {
                return true;
            }
        }
        return false;
    }

    /** Token ranges of the clauses of [from, to). */
    List<int[]> split(TokenText tt, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            boolean cut = false;
            int next = i + 1;
            if (tt.isTerminator(i) || tt.isClauseStop(i)) {
                cut = true;
            } else if (tt.isComma(i) && i + 1 < to && tt.isArabic(i + 1)) {
                String n = tt.norm(i + 1);
                cut = n.startsWith("و") && (n.length() > 3 || tt.isComplementizer(i + 1)) || CLAUSE_WORDS.contains(n);
            }
            if (cut) {
                int[] t = trim(tt, start, i);
                if (t[1] > t[0]) {
                    out.add(t);
                }
                start = next;
            }
        }
        int[] t = trim(tt, start, to);
        if (t[1] > t[0]) {
            out.add(t);
        }
        return out;
    }

    private static int[] trim(TokenText tt, int from, int to) {
        while (from < to && tt.isPunct(from) && !(tt.isOpenQuote(from) && tt.partner(from) > from && tt.partner(from) < to)) {
            from++;
        }
        while (to > from && tt.isPunct(to - 1) && !(tt.isCloseQuote(to - 1) && tt.partner(to - 1) >= from)
                && !tt.tok(to - 1).surface().equals(")")) {
            to--;
        }
        return new int[] {from, to};
    }

    private static int words(TokenText tt, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (tt.isWord(i)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isQuestion(TokenText tt, Sentence s) {
        int last = s.endToken() - 1;
        while (last >= s.firstToken() && tt.isQuote(last)) {
            last--;
        }
        return last >= s.firstToken() && (tt.tok(last).surface().equals("؟") || tt.tok(last).surface().equals("?"));
    }

    /** A short first line without final punctuation, followed by more text, is a title. */
    private static boolean isTitle(TokenText tt, Sentence s, int index) {
        int last = s.endToken() - 1;
        boolean terminated = tt.isTerminator(last) || tt.isQuote(last) && last > s.firstToken() && tt.isTerminator(last - 1);
        return index == 0 && !terminated && s.tokenCount() <= 15 && tt.sentences.size() > 1;
    }
}
