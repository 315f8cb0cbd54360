package org.isnad.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.doc.Span;

/**
 * A relation found in a sentence before it is tied to a claim: type, arguments, attributes, the trigger it was read
 * from, the pattern's own confidence and the pattern's name (kept as attribute {@code pattern}).
 */
final class Candidate {
    /** One argument: a role and a span of text, or a text without span (the outlet as labeller). */
    record Arg(String role, Optional<Span> span, Optional<String> entity, Optional<String> text) {
        static Arg of(String role, Mention m) {
            return new Arg(role, Optional.of(m.span()), m.entity(), Optional.empty());
        }

        static Arg ofSpan(String role, Span s) {
            return new Arg(role, Optional.of(s), Optional.empty(), Optional.empty());
        }
    }

    final String type;
    final List<Arg> args = new ArrayList<>();
    final Map<String, Object> attributes = new LinkedHashMap<>();
    final Span trigger;
    final double confidence;

    Candidate(String type, Span trigger, double confidence, String pattern) {
        this.type = type;
        this.trigger = trigger;
        this.confidence = confidence;
        attributes.put("pattern", pattern);
    }

    Candidate add(String role, Mention m) {
        args.add(Arg.of(role, m));
        return this;
    }

    Candidate add(String role, Optional<Mention> m) {
        m.ifPresent(x -> add(role, x));
        return this;
    }

    Candidate addSpan(String role, Span s) {
        args.add(Arg.ofSpan(role, s));
        return this;
    }

    Candidate attr(String k, Object v) {
        attributes.put(k, v);
        return this;
    }

    List<Span> argSpans(String role) {
        return args.stream().filter(a -> a.role().equals(role) && a.span().isPresent()).map(a -> a.span().get())
                .toList();
    }

    boolean has(String role) {
        return args.stream().anyMatch(a -> a.role().equals(role));
    }

    /** The smallest span covering the trigger and every argument with a span. */
    Span evidence() {
        Span e = trigger;
        for (Arg a : args) {
            if (a.span().isPresent()) {
                e = e.cover(a.span().get());
            }
        }
        return e;
    }
}
