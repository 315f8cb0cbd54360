package org.isnad.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.model.Attribution;
import org.isnad.model.Claim;
import org.isnad.model.Layers;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;

/** A text run through tokens, sentences and attribution, with lookups by cue for assertions. */
final class Analysed {
    private static final Pipeline PIPELINE = StageCatalog.build(List.of("tokens", "sentences", "attribution"),
            PipelineConfig.defaults());

    final Document doc;

    private Analysed(Document doc) {
        this.doc = doc;
    }

    static Analysed of(String text) {
        return new Analysed(PIPELINE.process(Document.of("t", text)));
    }

    static Analysed of(Document doc) {
        return new Analysed(PIPELINE.process(doc));
    }

    /** The text run through the NER stage as well, so that sources are typed by the tagger's entities. */
    static Analysed withNer(String text) {
        return of(WithNer.PIPELINE.process(Document.of("t", text)));
    }

    /** Loads the NER model only for the tests that use it. */
    private static final class WithNer {
        static final Pipeline PIPELINE = StageCatalog.build(List.of("tokens", "sentences", "ner", "attribution"),
                PipelineConfig.defaults());
    }

    List<Attribution> attributions() {
        return doc.get(Layers.ATTRIBUTIONS);
    }

    List<Claim> claims() {
        return doc.get(Layers.CLAIMS);
    }

    /** The only attribution with this cue text (fails when there is none or several). */
    Attribution cue(String cue) {
        List<Attribution> found = attributions().stream().filter(a -> doc.text(a.cue()).equals(cue)).toList();
        if (found.size() != 1) {
            fail("expected one attribution with cue «" + cue + "», found " + found.size() + ": " + describe());
        }
        return found.get(0);
    }

    Attribution id(String id) {
        return attributions().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    String source(Attribution a) {
        return a.source().span().map(doc::text).orElse("");
    }

    String content(Attribution a) {
        return doc.text(a.content());
    }

    void assertNone() {
        assertTrue(attributions().isEmpty(), "expected no attribution: " + describe());
    }

    void assertSource(Attribution a, String text, String type, boolean implicit) {
        assertEquals(text, source(a), describe());
        assertEquals(type, a.source().type().name(), describe());
        assertEquals(implicit, a.source().implicit(), describe());
    }

    Optional<String> parentCue(Attribution a) {
        return a.parent().map(p -> doc.text(id(p).cue()));
    }

    String describe() {
        StringBuilder sb = new StringBuilder();
        for (Attribution a : attributions()) {
            sb.append("\n  ").append(a.id()).append(" cue=").append(doc.text(a.cue())).append(" source=")
                    .append(source(a)).append(' ').append(a.source().type()).append(a.source().implicit() ? " implicit" : "")
                    .append(' ').append(a.certainty()).append(" channel=").append(a.channel().orElse(null))
                    .append(" parent=").append(a.parent().orElse("-")).append(" continues=")
                    .append(a.continues().orElse("-")).append(" content=").append(content(a));
        }
        return sb.toString();
    }
}
