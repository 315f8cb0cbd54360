package org.isnad.store;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Test access to outside resources named by environment variables. When {@code CI=true} a missing resource fails the
 * test; otherwise the test is skipped.
 */
public final class TestEnv {
    private TestEnv() {
    }

    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The value of an environment variable, or skip (fail on CI) when it is unset. */
    public static String require(String name, String what) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            if (ci()) {
                throw new AssertionError(name + " is not set on CI (" + what + "); .ci/run exports it");
            }
            Assumptions.abort(name + " not set: skipping test that needs " + what);
        }
        return v;
    }

    /** A file under ../shared, or skip (fail on CI) when it is missing. */
    public static java.nio.file.Path shared(String relative) {
        java.nio.file.Path p = java.nio.file.Path.of("..", "shared").resolve(relative);
        if (!java.nio.file.Files.exists(p)) {
            if (ci()) {
                throw new AssertionError("missing shared file on CI: " + p);
            }
            Assumptions.abort("missing shared file: " + p);
        }
        return p;
    }

    public static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(s -> !s.isBlank());
    }
}
