package org.isnad.screening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureXmlTest {
    @Test
    void rejectsDtdWithExternalEntity() {
        WatchlistException e = assertThrows(WatchlistException.class,
                () -> new UnScImporter().read(SharedData.resource("xxe.xml")));
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), "no file content may leak");
    }

    @Test
    void rejectsEntityExpansion() {
        assertThrows(WatchlistException.class, () -> new UnScImporter().read(SharedData.resource("laughs.xml")));
    }

    @Test
    void rejectsOversizeAndEmptyFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.xml");
        Files.writeString(f, "<CONSOLIDATED_LIST dateGenerated='2024-01-01'>" + "x".repeat(5000) + "</CONSOLIDATED_LIST>");
        WatchlistException e = assertThrows(WatchlistException.class, () -> SecureXml.checkSize(f, 1000));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
        Path empty = Files.writeString(dir.resolve("empty.xml"), "");
        assertThrows(WatchlistException.class, () -> new UnScImporter().read(empty));
    }

    @Test
    void rejectsMalformedAndForeignXml(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<CONSOLIDATED_LIST><INDIVIDUALS>");
        assertThrows(WatchlistException.class, () -> new UnScImporter().read(bad));
        Path other = Files.writeString(dir.resolve("other.xml"), "<html><body/></html>");
        assertThrows(WatchlistException.class, () -> new UnScImporter().read(other));
        assertThrows(WatchlistException.class, () -> WatchlistFormat.detect(other));
    }
}
