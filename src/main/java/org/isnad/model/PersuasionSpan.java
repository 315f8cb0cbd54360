package org.isnad.model;

import org.isnad.doc.Span;

/** A span where a persuasion technique is used (ArMPro labels plus Scare_Quotes, Epithet, Promised_Revelation). */
public record PersuasionSpan(String technique, Span span, double confidence) {
}
