package org.isnad.corpus;

import org.isnad.doc.Document;

/**
 * One item read for ingest: a document, or a record that could not be read and why. Mirrors the input readers of
 * {@code org.isnad.io} so that either can feed {@link Ingest}.
 */
public sealed interface IngestInput {
    /** Where it came from: a file, {@code FILE:LINE} for a JSON Lines record, {@code -:LINE} for stdin. */
    String where();

    record Ok(String where, Document document) implements IngestInput {
    }

    record Failed(String where, String reason) implements IngestInput {
    }
}
