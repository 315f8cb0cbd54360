package org.isnad.web;

/** An error answered to an API client as {@code {"error": message}} with an HTTP status. */
final class ApiError extends RuntimeException {
    final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }
}
