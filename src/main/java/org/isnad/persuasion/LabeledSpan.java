package org.isnad.persuasion;

/** A technique span of one paragraph of an evaluation file, gold or predicted: offsets into that paragraph. */
public record LabeledSpan(String doc, String technique, int start, int end) {
    public LabeledSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ") in " + doc);
        }
    }

    public int length() {
        return end - start;
    }
}
