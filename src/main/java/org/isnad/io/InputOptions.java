package org.isnad.io;

/**
 * Limits and choices for reading input.
 *
 * @param maxBytes the largest document accepted, in bytes as stored (and the longest JSON Lines line)
 * @param format   how to read the input: {@link InputFormat#AUTO} guesses from the name and the content
 */
public record InputOptions(long maxBytes, InputFormat format) {
    /** 5 MiB: far above any news article, small enough to keep a batch's memory bounded. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    public InputOptions {
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("max bytes must be between 1 and " + (Integer.MAX_VALUE - 16));
        }
        format = format == null ? InputFormat.AUTO : format;
    }

    public static InputOptions defaults() {
        return new InputOptions(DEFAULT_MAX_BYTES, InputFormat.AUTO);
    }
}
