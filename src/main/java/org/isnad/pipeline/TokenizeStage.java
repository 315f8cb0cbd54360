package org.isnad.pipeline;

import org.isnad.doc.Document;
import org.isnad.model.Layers;
import org.isnad.text.Tokenizer;

/** Adds the token layer. */
public final class TokenizeStage implements Stage {
    private final Tokenizer tokenizer = new Tokenizer();

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public void process(Document doc) {
        doc.set(Layers.TOKENS, tokenizer.tokenize(doc.text()));
    }
}
