package org.isnad.relations;

import org.isnad.doc.Document;
import org.isnad.model.Layers;
import org.isnad.pipeline.Stage;

/**
 * The "relations" stage: adds {@link Layers#RELATIONS}. Needs tokens and sentences; reads entities, attributions
 * and claims when earlier stages added them. A relation is only added when a claim contains its evidence, so
 * without the attribution stage's claims the layer stays empty. Thread-safe.
 */
public final class RelationStage implements Stage {
    private final RelationExtractor extractor = new RelationExtractor();

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public void process(Document doc) {
        doc.set(Layers.RELATIONS, extractor.extract(doc));
    }
}
