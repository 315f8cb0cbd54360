package org.isnad.persuasion;

import java.util.List;
import org.isnad.doc.Document;
import org.isnad.model.Layers;
import org.isnad.model.PersuasionSpan;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;

/** Runs tokens, sentences and persuasion on a text and reads the spans back as text. */
final class DetectorTestSupport {
    static final Pipeline PIPELINE = StageCatalog.build(List.of("tokens", "sentences", "persuasion"),
            PipelineConfig.defaults());

    private DetectorTestSupport() {
    }

    static Document run(String text) {
        return PIPELINE.process(Document.of("t", text));
    }

    /** The texts of the spans of one technique. */
    static List<String> spans(String text, String technique) {
        Document d = run(text);
        return d.get(Layers.PERSUASION).stream().filter(p -> p.technique().equals(technique))
                .map(p -> d.text(p.span())).toList();
    }

    static List<PersuasionSpan> all(String text) {
        return run(text).get(Layers.PERSUASION);
    }
}
