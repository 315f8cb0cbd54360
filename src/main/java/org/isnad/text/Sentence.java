package org.isnad.text;

import org.isnad.doc.Span;

/** A sentence: its span and the index range {@code [firstToken, endToken)} of its tokens in the token layer. */
public record Sentence(Span span, int firstToken, int endToken) {
    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
