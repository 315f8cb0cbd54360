package org.isnad.ner;

import java.util.List;

/**
 * A sentence of a training or test corpus: its words and one BIO tag per word in Isnad's types
 * ({@code B-PERSON}, {@code I-ORG}, {@code O} …).
 */
public record LabeledSentence(List<String> words, List<String> tags) {
    public LabeledSentence {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException("words and tags differ in length");
        }
    }

    public int size() {
        return words.size();
    }
}
