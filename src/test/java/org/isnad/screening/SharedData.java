package org.isnad.screening;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates files of ../shared/data; a missing file fails the test when CI=true and skips it otherwise. */
final class SharedData {
    static final Path UN = Path.of("../shared/data/watchlists/un-sc-consolidated-2024-09-26.xml");
    static final Path CASES = Path.of("../shared/data/names/nomenklatura-name-bench-cases.csv");
    static final Path LOGIC_V2 = Path.of("../shared/data/names/nomenklatura-name-bench-logicv2-scores.csv");

    private SharedData() {
    }

    static Path require(Path p) {
        return require(p, "true".equals(System.getenv("CI")));
    }

    static Path require(Path p, boolean ci) {
        if (!Files.isRegularFile(p)) {
            if (ci) {
                fail("shared data file missing (CI=true): " + p.toAbsolutePath());
            }
            assumeTrue(false, "shared data file missing: " + p);
        }
        return p;
    }

    static Path resource(String name) {
        try {
            return Path.of(SharedData.class.getResource("/org/isnad/screening/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
