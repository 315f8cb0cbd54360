package org.isnad.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.model.EntityType;
import org.isnad.text.Token;

/**
 * Scores a model on a corpus in the ANERcorp tag set: gold and predicted Isnad types are both mapped to ANERcorp's
 * (PERSON→PERS, GPE and LOC→LOC, ORG→ORG, MISC→MISC; NORP and TITLE are not scored) and compared as exact spans.
 * The whole corpus is tagged as one document, so the stacked pass sees neighbouring sentences.
 */
public final class NerEvaluator {
    /**
     * The result: scores, tokens tagged and the tagging time in nanoseconds of CPU time of the tagging thread (wall
     * time where the JVM cannot measure thread CPU time) per tagging pass, the mean of {@value #TIMED} passes after
     * {@value #WARM_UP} untimed warm-up passes (so the JIT has compiled the tagger); word analysis excluded.
     */
    public record Result(NerScores scores, int tokens, long nanos) {
        public double tokensPerSecond() {
            return nanos == 0 ? 0 : tokens * 1e9 / nanos;
        }
    }

    static final int WARM_UP = 3;
    static final int TIMED = 3;

    private NerEvaluator() {
    }

    /** The ANERcorp type name an Isnad type is scored as; empty when it is not scored. */
    public static Optional<String> scoredAs(EntityType t) {
        return switch (t) {
            case PERSON -> Optional.of("PERS");
            case GPE, LOC -> Optional.of("LOC");
            case ORG -> Optional.of("ORG");
            case MISC -> Optional.of("MISC");
            case NORP, TITLE -> Optional.empty();
        };
    }

    /** Rewrites Isnad BIO tags into the scored tag set (unscored types become O). */
    public static List<String> toScored(List<String> tags) {
        List<String> out = new ArrayList<>(tags.size());
        for (String t : tags) {
            if (t.equals("O")) {
                out.add(t);
                continue;
            }
            Optional<String> s = scoredAs(EntityType.valueOf(t.substring(2)));
            out.add(s.isPresent() ? t.substring(0, 2) + s.get() : "O");
        }
        return out;
    }

    /** Scores one tagging pass of a corpus (no warm-up, no timing). */
    public static NerScores score(NerModel model, Corpus corpus) {
        List<List<Token>> sents = new ArrayList<>();
        for (LabeledSentence s : corpus.sentences()) {
            sents.add(Words.analyze(s.words()));
        }
        List<List<String>> predicted = model.tagNames(sents);
        NerScores scores = new NerScores();
        for (int i = 0; i < sents.size(); i++) {
            scores.add(Chunk.of(toScored(corpus.sentences().get(i).tags())), Chunk.of(toScored(predicted.get(i))));
        }
        return scores;
    }

    public static Result evaluate(NerModel model, Corpus corpus) {
        List<List<Token>> sents = new ArrayList<>();
        int tokens = 0;
        for (LabeledSentence s : corpus.sentences()) {
            sents.add(Words.analyze(s.words()));
            tokens += s.size();
        }
        for (int i = 0; i < WARM_UP; i++) {
            model.tag(sents);
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = mx.isCurrentThreadCpuTimeSupported();
        long t0 = cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime();
        List<List<String>> predicted = List.of();
        for (int i = 0; i < TIMED; i++) {
            predicted = model.tagNames(sents);
        }
        long nanos = ((cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime()) - t0) / TIMED;
        NerScores scores = new NerScores();
        for (int i = 0; i < sents.size(); i++) {
            scores.add(Chunk.of(toScored(corpus.sentences().get(i).tags())), Chunk.of(toScored(predicted.get(i))));
        }
        return new Result(scores, tokens, nanos);
    }
}
