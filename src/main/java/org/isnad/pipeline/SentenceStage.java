package org.isnad.pipeline;

import org.isnad.doc.Document;
import org.isnad.model.Layers;
import org.isnad.text.SentenceSplitter;

/** Adds the sentence layer; needs tokens. */
public final class SentenceStage implements Stage {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public void process(Document doc) {
        doc.set(Layers.SENTENCES, splitter.split(doc.text(), doc.get(Layers.TOKENS)));
    }
}
