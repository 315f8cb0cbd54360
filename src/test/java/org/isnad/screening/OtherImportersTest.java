package org.isnad.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherImportersTest {
    @Test
    void readsOfacSdnXml() throws Exception {
        Path f = SharedData.resource("ofac-sdn-sample.xml");
        assertEquals(WatchlistFormat.OFAC, WatchlistFormat.detect(f));
        Watchlist w = WatchlistFormat.load(f, "");
        assertEquals("OFAC-SDN", w.id());
        assertEquals("2024-03-15", w.version());
        assertEquals(2, w.entries().size());
        WatchlistEntry p = w.entries().get(0);
        assertEquals("90001", p.reference());
        assertEquals(EntryType.INDIVIDUAL, p.type());
        assertEquals("Abu Mohammed AL-JAWLANI", p.name());
        assertEquals(List.of("Syria"), p.nationalities());
        assertTrue(p.aliases().contains(new Alias("ABU ASHRAF", AliasQuality.LOW, false)));
        WatchlistEntry c = w.entries().get(1);
        assertEquals(EntryType.ENTITY, c.type());
        assertEquals(AliasQuality.FKA, c.aliases().get(0).quality());
    }

    @Test
    void readsFtmJsonLinesAndSkipsNonNameSchemas() throws Exception {
        Path f = SharedData.resource("ftm-sample.jsonl");
        assertEquals(WatchlistFormat.FTM, WatchlistFormat.detect(f));
        Watchlist w = WatchlistFormat.load(f, "ftm");
        assertEquals("ftm-test_sanctions", w.id());
        assertEquals("2024-03-15", w.version());
        assertEquals(2, w.entries().size(), "the Sanction entity is not a name");
        WatchlistEntry j = w.entries().get(0);
        assertEquals("test-jawlani", j.reference());
        assertEquals(List.of("أبو محمد الجولاني"), j.originalScriptNames());
        assertEquals(List.of("QDe.137"), j.links());
        WatchlistEntry hts = w.entries().get(1);
        assertTrue(hts.aliases().contains(new Alias("Jabhat al-Nusrah", AliasQuality.FKA, false)));
    }

    @Test
    void reportsBadJsonWithItsLine(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("bad.jsonl"), "{\"id\": \"a\", \"schema\": \"Person\"}\n{oops\n");
        WatchlistException e = assertThrows(WatchlistException.class, () -> WatchlistFormat.load(f, "ftm"));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
        assertThrows(WatchlistException.class, () -> WatchlistFormat.parse("csv"));
    }
}
