package org.isnad.persuasion;

import java.util.List;
import org.isnad.doc.Document;
import org.isnad.model.Layers;
import org.isnad.pipeline.Stage;
import org.isnad.text.Sentence;
import org.isnad.text.SentenceSplitter;
import org.isnad.text.Token;
import org.isnad.text.Tokenizer;

/**
 * Stage "persuasion": fills {@link Layers#PERSUASION} with technique spans from {@link PersuasionDetector}. Uses the
 * token and sentence layers, and makes them itself when an earlier stage did not. Thread-safe.
 */
public final class PersuasionStage implements Stage {
    private final PersuasionDetector detector;
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    public PersuasionStage() {
        this(new PersuasionDetector());
    }

    public PersuasionStage(PersuasionDetector detector) {
        this.detector = detector;
    }

    @Override
    public String name() {
        return "persuasion";
    }

    @Override
    public void process(Document doc) {
        List<Token> tokens = doc.has(Layers.TOKENS) ? doc.get(Layers.TOKENS) : tokenizer.tokenize(doc.text());
        List<Sentence> sentences = doc.has(Layers.SENTENCES) ? doc.get(Layers.SENTENCES)
                : splitter.split(doc.text(), tokens);
        doc.set(Layers.PERSUASION, detector.detect(tokens, sentences));
    }
}
