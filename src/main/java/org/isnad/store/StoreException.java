package org.isnad.store;

/** A store operation failed: the database is unreachable, locked, or refused a write. Its message is one line. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
