package org.isnad.screening;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedDataTest {
    @Test
    void missingSharedFileFailsUnderCi() {
        Path missing = Path.of("../shared/data/no-such-file.xml");
        assertThrows(AssertionFailedError.class, () -> SharedData.require(missing, true));
    }

    @Test
    void missingSharedFileSkipsOutsideCi() {
        Path missing = Path.of("../shared/data/no-such-file.xml");
        assertThrows(TestAbortedException.class, () -> SharedData.require(missing, false));
    }
}
