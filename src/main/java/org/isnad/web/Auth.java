package org.isnad.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * Bearer-token access: writes need a write token; reads need a read or write token, unless no read token is
 * configured (then reads are open — bind to loopback in that case). Tokens are compared in constant time.
 */
final class Auth {
    enum Level { READ, WRITE }

    private final Set<String> read;
    private final Set<String> write;

    Auth(Set<String> read, Set<String> write) {
        this.read = read;
        this.write = write;
    }

    /** @throws ApiError 401 without a valid token, 403 when writes are disabled or the token may only read */
    void check(Level level, Optional<String> authorization) {
        Optional<String> token = authorization.filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).strip());
        if (level == Level.READ) {
            if (read.isEmpty()) {
                return;
            }
            if (token.isEmpty()) {
                throw new ApiError(401, "a read token is required (Authorization: Bearer TOKEN)");
            }
            if (!matches(read, token.get()) && !matches(write, token.get())) {
                throw new ApiError(401, "unknown token");
            }
            return;
        }
        if (write.isEmpty()) {
            throw new ApiError(403, "writes are disabled: start the server with --write-token or ISNAD_WRITE_TOKENS");
        }
        if (token.isEmpty()) {
            throw new ApiError(401, "a write token is required (Authorization: Bearer TOKEN)");
        }
        if (!matches(write, token.get())) {
            throw new ApiError(matches(read, token.get()) ? 403 : 401,
                    matches(read, token.get()) ? "this token may only read" : "unknown token");
        }
    }

    private static boolean matches(Set<String> tokens, String given) {
        byte[] g = given.getBytes(StandardCharsets.UTF_8);
        boolean ok = false;
        for (String t : tokens) {
            ok |= MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8), g);
        }
        return ok;
    }
}
