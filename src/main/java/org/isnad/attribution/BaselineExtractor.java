package org.isnad.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Attribution;
import org.isnad.model.Layers;
import org.isnad.model.Source;
import org.isnad.model.SourceType;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

/**
 * The comparison baseline for {@code isnad eval attribution}: a cue-list-only matcher. Every word or phrase of the cue
 * lexicon is a cue; the source is the next run of at most three words before punctuation or a complementizer; the
 * content is the rest of the sentence; the type is the source's first word looked up in the head lexicon
 * (NAMED_PERSON otherwise); no chains, no hedges. Thread-safe.
 */
public final class BaselineExtractor {
    private final CueFinder finder = new CueFinder(CueLexicon.get());
    private final SourceLexicon lex = SourceLexicon.get();

    public List<Attribution> extract(Document doc) {
        List<Token> tokens = doc.get(Layers.TOKENS);
        List<Sentence> sentences = doc.get(Layers.SENTENCES);
        TokenText tt = new TokenText(doc.text(), tokens, sentences);
        List<Attribution> out = new ArrayList<>();
        for (CueMatch c : finder.find(tt)) {
            int limit = tt.sentenceOf(c.first()).endToken();
            int k = c.end();
            int srcFrom = k;
            while (k < limit && k - srcFrom < 3 && tt.isWord(k) && !tt.isComplementizer(k)) {
                k++;
            }
            int s = k;
            while (s < limit && tt.isPunct(s)) {
                s++;
            }
            int e = limit;
            while (e > s && tt.isPunct(e - 1)) {
                e--;
            }
            if (e <= s) {
                continue;
            }
            Optional<Span> src = k > srcFrom ? Optional.of(tt.span(srcFrom, k)) : Optional.empty();
            SourceType type = k > srcFrom && tt.isArabic(srcFrom) ? lex.headAt(tt, srcFrom).map(BaselineExtractor::typeOf)
                    .orElse(SourceType.NAMED_PERSON) : SourceType.NAMED_PERSON;
            out.add(new Attribution("a" + (out.size() + 1), c.span(), new Source(src, type, Optional.empty(), src.isEmpty()),
                    tt.span(s, e), List.of(), c.entry().certainty(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return out;
    }

    private static SourceType typeOf(SourceLexicon.HeadClass h) {
        return switch (h) {
            case DOCUMENT -> SourceType.DOCUMENT;
            case MEDIA -> SourceType.MEDIA;
            case SOCIAL -> SourceType.SOCIAL_MEDIA;
            case ANONYMOUS -> SourceType.ANONYMOUS;
            case OFFICIAL -> SourceType.UNNAMED_OFFICIAL;
            case ORGANIZATION, PLATFORM -> SourceType.NAMED_ORGANIZATION;
        };
    }
}
