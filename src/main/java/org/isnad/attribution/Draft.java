package org.isnad.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.doc.Span;
import org.isnad.model.Certainty;
import org.isnad.model.Channel;
import org.isnad.model.SourceType;

/** An attribution while it is being built by one extraction run; never shared. */
final class Draft {
    CueMatch cue;
    Span cueSpan;
    Optional<Span> source = Optional.empty();
    SourcePhrase sourcePhrase;
    boolean implicit;
    SourceType type = SourceType.ANONYMOUS;
    Optional<String> entity = Optional.empty();
    int contentFrom;
    int contentTo;
    Span content;
    final List<Span> extra = new ArrayList<>();
    Certainty certainty;
    Channel channel;
    Draft parent;
    Draft continues;
    String id;

    Draft(CueMatch cue) {
        this.cue = cue;
        this.cueSpan = cue.span();
        this.certainty = cue.entry().certainty();
    }

    /** The source of another draft, taken as this one's implicit source. */
    void inheritSource(Draft other) {
        source = other.source;
        sourcePhrase = other.sourcePhrase;
        type = other.type;
        entity = other.entity;
        implicit = true;
    }

    boolean hasExplicitSource() {
        return source.isPresent() && !implicit;
    }
}
