package org.isnad.pipeline;

import java.util.List;
import org.isnad.doc.Document;

/**
 * Stages run in a fixed, visible order. A built pipeline holds only its stages, so it is thread-safe whenever they
 * are, and is meant to be built once and reused for many documents.
 */
public final class Pipeline {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** The default pipeline with default settings. */
    public static Pipeline standard() {
        return StageCatalog.build(StageCatalog.DEFAULT_STAGES, PipelineConfig.defaults());
    }

    public List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    /** Runs every stage on the document, in order, and returns it. */
    public Document process(Document doc) {
        for (Stage s : stages) {
            s.process(doc);
        }
        return doc;
    }
}
