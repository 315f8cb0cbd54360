package org.isnad.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.doc.Span;

/**
 * Finds cue candidates in a document's tokens: connective phrases with a verb («بحسب ما كشفه»), listed phrases
 * («وفقا ل»، «نقلا عن»، «لم يستبعد»), then single reporting words. Negated verbs («لم يقل») and agentless forms are
 * left to the extractor, which also rejects cues without content. Thread-safe.
 */
final class CueFinder {
    private static final Set<String> NEGATIONS = Set.of("لم", "لن", "لا", "ليس");
    private final CueLexicon lexicon;
    private final PhraseIndex connectives;
    private final PhraseIndex phrases;

    CueFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
        this.connectives = new PhraseIndex(lexicon.connectives());
        this.phrases = new PhraseIndex(lexicon.phrases().stream().map(CueLexicon.Phrase::words).toList());
    }

    List<CueMatch> find(TokenText tt) {
        List<CueMatch> out = new ArrayList<>();
        int i = 0;
        while (i < tt.size()) {
            if (!tt.isArabic(i)) {
                i++;
                continue;
            }
            CueMatch m = connective(tt, i);
            if (m == null) {
                m = phrase(tt, i);
            }
            if (m == null) {
                m = word(tt, i, true);
            }
            if (m != null) {
                out.add(m);
                i = Math.max(i + 1, m.lamInNext() ? m.end() : m.end());
            } else {
                i++;
            }
        }
        return out;
    }

    /** «بحسب ما كشفه»، «حسبما ذكرت»، «كما يقول»، «حسب ما جاء في»: connective + verb or «جاء في». */
    private CueMatch connective(TokenText tt, int i) {
        for (int k : connectives.candidates(tt, i)) {
            String[] c = lexicon.connectives().get(k);
            if (!matches(tt, i, c)) {
                continue;
            }
            int v = i + c.length;
            if (v >= tt.size()) {
                continue;
            }
            CueMatch inner = phrase(tt, v);
            if (inner == null) {
                inner = word(tt, v, false);
            }
            if (inner == null || inner.kind() == CueKind.PREP && !inner.entry().lemma().contains(" ")
                    || inner.kind() == CueKind.NOUN || inner.kind() == CueKind.PARTICIPLE) {
                continue;
            }
            int first = tt.norm(i).equals(c[0]) ? tt.tok(i).start() : tt.startWithoutConjunction(i);
            Span span = new Span(first, inner.span().end());
            return new CueMatch(inner.entry(), CueKind.FRONT, i, inner.end(), span, v, false);
        }
        return null;
    }

    private CueMatch phrase(TokenText tt, int i) {
        for (int k : phrases.candidates(tt, i)) {
            CueLexicon.Phrase p = lexicon.phrases().get(k);
            if (!matches(tt, i, p.words())) {
                continue;
            }
            int end = i + p.words().length;
            int first = tt.norm(i).equals(p.words()[0]) ? tt.tok(i).start() : tt.startWithoutConjunction(i);
            Span span;
            boolean lamInNext = false;
            if (p.lamEnd()) {
                if (end >= tt.size() || !tt.isArabic(end) || !tt.norm(end).startsWith("ل")) {
                    continue;
                }
                if (tt.norm(end).equals("ل")) {
                    span = new Span(first, tt.tok(end).end());
                    end++;
                } else {
                    span = new Span(first, tt.skipLetters(tt.tok(end).start(), tt.tok(end).end(), 1));
                    lamInNext = true;
                }
            } else {
                span = new Span(first, tt.tok(end - 1).end());
            }
            return new CueMatch(p.entry(), p.entry().kind(), i, end, span, -1, lamInNext);
        }
        return null;
    }

    private CueMatch word(TokenText tt, int i, boolean checkNegation) {
        Optional<CueEntry> e = lexicon.word(tt.norm(i));
        boolean whole = e.isPresent();
        if (e.isEmpty()) {
            e = lexicon.word(tt.bare(i));
        }
        if (e.isEmpty()) {
            return null;
        }
        CueEntry entry = e.get();
        if (checkNegation && entry.kind() == CueKind.VERB && i > 0 && tt.isArabic(i - 1)
                && NEGATIONS.contains(tt.bare(i - 1))) {
            return null;
        }
        if (entry.kind() == CueKind.VERB && i > 0 && tt.isArabic(i - 1) && lexicon.makesVerbalNoun(tt.bare(i - 1))) {
            return null; // «في وصف جدة»، «الجدير ذكره أن»: a verbal noun, no speaker
        }
        String surface = tt.surface(i);
        if (entry.kind() == CueKind.VERB && surface.endsWith("ة")) {
            return null; // «رسالة طمأنة»: a word ending in ta marbuta is a noun, whatever its folded form matches
        }
        if (lexicon.isNamingForm(surface) && !(i + 1 < tt.size() && tt.isComplementizer(i + 1))) {
            return null; // «ويدعى فينس»: "is called", spelt with alef maqsura, not «يدعي» "claims"
        }
        int start = whole ? tt.tok(i).start() : tt.startWithoutConjunction(i);
        return new CueMatch(entry, entry.kind(), i, i + 1, new Span(start, tt.tok(i).end()), -1, false);
    }

    /** Words of a phrase from token i: the first may carry a conjunction, the others are compared whole. */
    static boolean matches(TokenText tt, int i, String[] words) {
        if (i + words.length > tt.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            int t = i + k;
            if (!tt.isArabic(t)) {
                return false;
            }
            boolean ok = tt.norm(t).equals(words[k]) || tt.tok(t).base().equals(words[k])
                    || k == 0 && tt.bare(t).equals(words[k]);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
