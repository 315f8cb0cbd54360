package org.isnad.io;

/**
 * Input that cannot be analysed: empty, binary, too large, undecodable or malformed. The message is one line meant
 * for the user ("empty input", "binary data (NUL bytes)" …) and never carries a stack trace.
 */
public final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInputException(String reason) {
        super(reason, null, false, false);
    }
}
