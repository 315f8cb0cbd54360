package org.isnad.ner;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.isnad.text.Token;
import org.isnad.text.TokenKind;

/**
 * Per word type, the part of the tagging work that does not depend on context: the word's own features
 * ({@link FeatureExtractor.WordFeatures}) and their summed label scores under each pass of a model. News text
 * repeats its words, so most tokens are then scored with a single map lookup instead of some twenty feature
 * lookups. Bounded (new words are still scored when it is full, just not kept); thread-safe.
 */
final class WordScoreCache {
    /** The token fields every word feature is computed from (the span is not among them). */
    record Key(String surface, String norm, String base, String stem, String proclitics, TokenKind kind) {
        static Key of(Token t) {
            return new Key(t.surface(), t.norm(), t.base(), t.stem(), t.proclitics(), t.kind());
        }
    }

    /** One word type: its own features and their summed scores under pass 1 and (when stacked) pass 2. */
    record Entry(FeatureExtractor.WordFeatures features, float[] pass1, float[] pass2) {
    }

    private final int capacity;
    private final FeatureExtractor extractor;
    private final LinearTagger pass1;
    private final Optional<LinearTagger> pass2;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    WordScoreCache(int capacity, FeatureExtractor extractor, LinearTagger pass1, Optional<LinearTagger> pass2) {
        this.capacity = capacity;
        this.extractor = extractor;
        this.pass1 = pass1;
        this.pass2 = pass2;
    }

    Entry get(Token t) {
        Key k = Key.of(t);
        Entry e = entries.get(k);
        if (e != null) {
            return e;
        }
        e = compute(t);
        if (entries.size() < capacity) {
            entries.putIfAbsent(k, e);
        }
        return e;
    }

    int size() {
        return entries.size();
    }

    private Entry compute(Token t) {
        FeatureExtractor.WordFeatures wf = extractor.word(t);
        int l = pass1.labels().size();
        float[] s1 = new float[l];
        pass1.addScores(wf.local(), s1);
        float[] s2 = new float[l];
        if (pass2.isPresent()) {
            pass2.get().addScores(wf.local(), s2);
        }
        return new Entry(wf, s1, s2);
    }
}
