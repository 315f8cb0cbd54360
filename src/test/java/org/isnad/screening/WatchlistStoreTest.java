package org.isnad.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.isnad.model.ListingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistStoreTest {
    @Test
    void newerVersionMarksDisappearedEntriesDelisted(@TempDir Path home) throws Exception {
        WatchlistStore store = WatchlistStore.at(Optional.of(home));
        store.importList(WatchlistFormat.load(SharedData.resource("un-small-v1.xml"), ""));
        Watchlist v2 = store.importList(WatchlistFormat.load(SharedData.resource("un-small-v2.xml"), "un"));
        assertEquals("2024-03-15", v2.version());
        WatchlistEntry gone = v2.entries().stream().filter(e -> e.reference().equals("QDi.902")).findFirst().orElseThrow();
        assertEquals(ListingStatus.DELISTED, gone.status());
        assertEquals("2024-03-15", gone.statusSince());
        WatchlistEntry kept = v2.entries().stream().filter(e -> e.reference().equals("QDi.317")).findFirst().orElseThrow();
        assertEquals(ListingStatus.LISTED, kept.status());
        assertEquals("2024-01-10", kept.statusSince(), "listed since the first version seen");
        // persisted, read back equal
        assertEquals(v2, store.get("UN-SC").orElseThrow());
        try (var files = Files.list(store.directory())) {
            assertEquals(1, files.count(), "only the list file, no temporary file left");
        }
        // an older version is refused
        WatchlistException e = assertThrows(WatchlistException.class,
                () -> store.importList(WatchlistFormat.load(SharedData.resource("un-small-v1.xml"), "")));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }
}
