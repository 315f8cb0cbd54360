package org.isnad.io;

import org.isnad.doc.Document;

/** One result of reading input: a document, or a record that could not be read and why. */
public sealed interface InputItem {
    /** Where the item came from: a file name, "FILE:LINE" for a JSON Lines record, or "-" for stdin. */
    String where();

    /** A document ready for the pipeline. */
    record Ok(String where, Document document) implements InputItem {
    }

    /**
     * A record that was skipped.
     *
     * @param ioError true when the file itself could not be read (missing, unreadable), false for bad content
     */
    record Failed(String where, String reason, boolean ioError) implements InputItem {
    }
}
