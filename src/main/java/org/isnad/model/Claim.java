package org.isnad.model;

import java.util.Optional;
import org.isnad.doc.Span;

/**
 * A clause-level claim. It is either carried by an attribution or, when {@code attribution} is empty,
 * asserted by the outlet in its own voice.
 */
public record Claim(String id, Span span, Optional<String> attribution, Certainty certainty) {
}
