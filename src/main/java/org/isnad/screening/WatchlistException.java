package org.isnad.screening;

/** A list file that cannot be used: malformed, too large, unsafe (DTD, external entities) or of unknown format. */
public final class WatchlistException extends Exception {
    public WatchlistException(String message) {
        super(message);
    }

    public WatchlistException(String message, Throwable cause) {
        super(message, cause);
    }
}
