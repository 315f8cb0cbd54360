package org.isnad.profile;

import java.util.List;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Attribution;
import org.isnad.model.Certainty;
import org.isnad.model.Claim;
import org.isnad.model.Source;
import org.isnad.model.SourceType;

/** Hand-built attributions and claims over a text, found by the phrases they cover. */
final class ProfileFixtures {
    private ProfileFixtures() {
    }

    static Span at(String text, String phrase) {
        int s = text.indexOf(phrase);
        if (s < 0) {
            throw new IllegalArgumentException("not in text: " + phrase);
        }
        return new Span(s, s + phrase.length());
    }

    static Attribution attribution(String text, String id, String cue, String source, SourceType type,
                                   String content, Certainty certainty, String parent) {
        return new Attribution(id, at(text, cue), new Source(Optional.of(at(text, source)), type, Optional.empty(),
                false), at(text, content), List.of(), certainty, Optional.empty(), Optional.ofNullable(parent),
                Optional.empty());
    }

    static Claim claim(String text, String id, String content, String attribution, Certainty certainty) {
        return new Claim(id, at(text, content), Optional.ofNullable(attribution), certainty);
    }

    static Document doc(String text) {
        return Document.of("fixture", text);
    }
}
