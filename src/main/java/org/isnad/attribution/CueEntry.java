package org.isnad.attribution;

import java.util.Set;
import org.isnad.model.Certainty;

/**
 * One lexicon entry behind a matched surface form.
 *
 * @param lemma     the citation form («قال»)
 * @param certainty the certainty class the cue gives
 * @param kind      verb, participle, noun, preposition phrase …
 * @param frames    what may introduce the content besides a complementizer, quote or colon: "obj", or a governed
 *                  preposition in folded form ("عن", "الي", "ب", "علي", "من", "في")
 */
public record CueEntry(String lemma, Certainty certainty, CueKind kind, Set<String> frames) {
    public CueEntry {
        frames = Set.copyOf(frames);
    }

    public boolean allowsObject() {
        return frames.contains("obj");
    }
}
