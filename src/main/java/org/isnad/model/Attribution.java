package org.isnad.model;

import java.util.List;
import java.util.Optional;
import org.isnad.doc.Span;

/**
 * Reported content with its cue, source, certainty and place in a chain.
 *
 * @param id           stable within one analysis ("a1" …)
 * @param cue          the reporting expression
 * @param source       who is said to report
 * @param content      the reported clause(s), without surrounding quote marks
 * @param contentExtra further parts of discontinuous content (rare)
 * @param certainty    how sure the text presents it
 * @param channel      the medium, when stated apart from the source
 * @param parent       the attribution through which this one is known (a source citing a document)
 * @param continues    the earlier attribution this one carries on without a new cue
 */
public record Attribution(String id, Span cue, Source source, Span content, List<Span> contentExtra,
                          Certainty certainty, Optional<Channel> channel, Optional<String> parent,
                          Optional<String> continues) {
    public Attribution {
        contentExtra = List.copyOf(contentExtra);
    }
}
