package org.isnad.pipeline;

import org.isnad.doc.Document;

/**
 * One step of the pipeline: reads a document's layers and adds its own. A stage is built once (loading any model)
 * and must be safe to call from many threads at once on different documents: keep no per-document state in fields.
 */
public interface Stage {
    /** The name used in stage lists ("tokens", "ner" …). */
    String name();

    void process(Document doc);
}
