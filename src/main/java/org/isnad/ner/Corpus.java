package org.isnad.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sentences read from one or more annotated files, with the noisy tags that were mapped to {@code O}.
 *
 * @param sentences the sentences, in file order
 * @param noisy     raw noisy tag → count
 */
public record Corpus(List<LabeledSentence> sentences, Map<String, Integer> noisy) {
    public Corpus {
        sentences = List.copyOf(sentences);
        noisy = Map.copyOf(noisy);
    }

    public int tokens() {
        return sentences.stream().mapToInt(LabeledSentence::size).sum();
    }

    public int noisyCount() {
        return noisy.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** This corpus followed by another. */
    public Corpus plus(Corpus other) {
        List<LabeledSentence> s = new ArrayList<>(sentences);
        s.addAll(other.sentences);
        Map<String, Integer> n = new TreeMap<>(noisy);
        other.noisy.forEach((k, v) -> n.merge(k, v, Integer::sum));
        return new Corpus(s, n);
    }
}
