package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates files in ../shared/data: missing files fail the test when CI=true and skip it otherwise. */
final class SharedData {
    private SharedData() {
    }

    static Path require(String relative) {
        Path p = Path.of("..", "shared", "data").resolve(relative);
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(Files.exists(p), "shared data file missing: " + p);
        } else {
            assumeTrue(Files.exists(p), "shared data file missing, skipped: " + p);
        }
        return p;
    }
}
