package org.isnad.io;

/** The kinds of input Isnad reads. */
public enum InputFormat {
    /** Guess: by file extension, then by content (a leading '{' is JSON Lines, an HTML tag is HTML). */
    AUTO,
    /** Plain text in UTF-8, UTF-16 with a byte-order mark, or Windows-1256. */
    TEXT,
    /** An HTML page; the article body, title, date and byline are extracted. */
    HTML,
    /** JSON Lines: one {@code {id, text | html, title?, outlet?, url?, published?}} object a line. */
    JSONL
}
