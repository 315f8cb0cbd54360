package org.isnad.persuasion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.isnad.doc.Span;
import org.isnad.model.PersuasionSpan;
import org.isnad.text.Sentence;
import org.isnad.text.Token;

/**
 * The default persuasion-technique detector: the lexicons ({@link LexiconMatcher}) plus the scare-quote and
 * repetition detectors. Spans of the same technique that overlap are merged into one, keeping the highest
 * confidence. Built once, thread-safe. Depends on no ArMPro-trained model.
 */
public final class PersuasionDetector {
    private final LexiconMatcher lexicon;
    private final ScareQuoteDetector scareQuotes = new ScareQuoteDetector();
    private final RepetitionDetector repetition = new RepetitionDetector();

    public PersuasionDetector() {
        this(new PersuasionLexicon());
    }

    public PersuasionDetector(PersuasionLexicon lexicon) {
        this.lexicon = new LexiconMatcher(lexicon);
    }

    /** Technique spans over the tokens and sentences of one text, sorted by start then technique. */
    public List<PersuasionSpan> detect(List<Token> tokens, List<Sentence> sentences) {
        IndexedTokens d = new IndexedTokens(tokens);
        List<PersuasionSpan> all = new ArrayList<>(lexicon.find(d, sentences));
        all.addAll(scareQuotes.find(d, sentences));
        all.addAll(repetition.find(d, sentences));
        return merge(all);
    }

    /** Merges overlapping spans of the same technique. */
    static List<PersuasionSpan> merge(List<PersuasionSpan> spans) {
        List<PersuasionSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(PersuasionSpan::technique)
                .thenComparingInt(p -> p.span().start()).thenComparingInt(p -> p.span().end()));
        List<PersuasionSpan> out = new ArrayList<>();
        for (PersuasionSpan p : sorted) {
            if (!out.isEmpty()) {
                PersuasionSpan last = out.get(out.size() - 1);
                if (last.technique().equals(p.technique()) && last.span().overlaps(p.span())) {
                    Span cover = last.span().cover(p.span());
                    out.set(out.size() - 1, new PersuasionSpan(p.technique(), cover,
                            Math.max(last.confidence(), p.confidence())));
                    continue;
                }
            }
            out.add(p);
        }
        out.sort(Comparator.comparingInt((PersuasionSpan p) -> p.span().start()).thenComparing(PersuasionSpan::technique));
        return out;
    }
}
