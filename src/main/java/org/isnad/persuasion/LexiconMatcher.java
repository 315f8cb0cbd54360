package org.isnad.persuasion;

import java.util.ArrayList;
import java.util.List;
import org.isnad.doc.Span;
import org.isnad.model.PersuasionSpan;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

/** Finds every lexicon pattern in a document's sentences and turns each match into a span by its extent. */
public final class LexiconMatcher {
    private final PersuasionLexicon lexicon;

    public LexiconMatcher(PersuasionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** All matches, unmerged, in text order of their first word. */
    public List<PersuasionSpan> find(List<Token> toks, List<Sentence> sentences) {
        return find(new IndexedTokens(toks), sentences);
    }

    List<PersuasionSpan> find(IndexedTokens d, List<Sentence> sentences) {
        List<Token> toks = d.tokens;
        List<PersuasionSpan> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = toks.get(i);
                if (!d.word[i]) {
                    continue;
                }
                for (LexiconPattern p : lexicon.candidates(d.keys[i], d.exact[i])) {
                    int end = matchFrom(p.elements(), 0, d, i, s.endToken());
                    if (end > i) {
                        out.add(new PersuasionSpan(p.technique(), extent(p.extent(), d, s, i, end), p.confidence()));
                    }
                }
            }
        }
        return out;
    }

    /** The token index after the match of elements[e..] starting at token i, or -1. */
    static int matchFrom(List<PatternElement> els, int e, IndexedTokens toks, int i, int limit) {
        if (e == els.size()) {
            return i;
        }
        PatternElement el = els.get(e);
        if (el.optional()) {
            int skip = matchFrom(els, e + 1, toks, i, limit);
            if (skip >= 0) {
                return skip;
            }
            return i < limit && el.matches(toks, i) ? matchFrom(els, e + 1, toks, i + 1, limit) : -1;
        }
        if (i >= limit || !el.matches(toks, i)) {
            return -1;
        }
        return matchFrom(els, e + 1, toks, i + 1, limit);
    }

    private static Span extent(Extent x, IndexedTokens d, Sentence s, int start, int end) {
        List<Token> toks = d.tokens;
        int a = start;
        int b = end;
        switch (x.kind()) {
            case AFTER -> b = TokenWindow.extendAfter(toks, end, s.endToken(), x.words());
            case BEFORE -> a = TokenWindow.extendBefore(toks, start, s.firstToken(), x.words());
            case CLAUSE -> b = d.clauseEnd(end, s.endToken());
            case SENTENCE -> {
                a = s.firstToken();
                while (a < start && !d.word[a]) {
                    a++;
                }
                b = s.endToken();
                while (b > end && !d.word[b - 1]) {
                    b--;
                }
            }
            default -> {
            }
        }
        return new Span(toks.get(a).start(), toks.get(Math.max(a, b - 1)).end());
    }
}
