package org.isnad.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.ListingStatus;
import org.junit.jupiter.api.Test;

class UnScImporterTest {
    private static WatchlistEntry entry(Watchlist w, String ref) {
        return w.entries().stream().filter(e -> e.reference().equals(ref)).findFirst().orElseThrow();
    }

    @Test
    void readsTheSharedUnListCompletely() throws Exception {
        Watchlist un = new UnScImporter().read(SharedData.require(SharedData.UN));
        assertEquals("UN-SC", un.id());
        assertEquals("2024-09-26", un.version());
        assertEquals(682, un.entries().stream().filter(e -> e.type() == EntryType.INDIVIDUAL).count());
        assertEquals(193, un.entries().stream().filter(e -> e.type() == EntryType.ENTITY).count());
        WatchlistEntry j = entry(un, "QDi.317");
        assertEquals("ABU MOHAMMED AL-JAWLANI", j.name());
        assertEquals(List.of("ABU MOHAMMED", "AL-JAWLANI"), j.nameParts());
        assertEquals(List.of("أبو محمد الجولاني"), j.originalScriptNames().subList(0, 1));
        assertEquals("2013-07-24", j.listedOn());
        assertEquals(List.of("Syrian Arab Republic"), j.nationalities());
        assertEquals(List.of("1976-1980"), j.datesOfBirth());
        assertTrue(j.links().containsAll(List.of("QDe.137", "QDe.115", "QDi.006")), j.links().toString());
        assertTrue(j.aliases().stream().anyMatch(a -> a.name().equals("Abu Mohammed al-Golani")
                && a.quality() == AliasQuality.GOOD), "transliterations from the alias note");
        assertTrue(j.aliases().stream().anyMatch(a -> a.name().equals("ABU ASHRAF") && a.quality() == AliasQuality.LOW));
        // stray spaces trimmed from references
        assertTrue(un.entries().stream().anyMatch(e -> e.reference().equals("KPe.023")));
        assertTrue(un.entries().stream().noneMatch(e -> e.reference().endsWith(" ")));
        // packed aliases split, original script flagged
        WatchlistEntry n = entry(un, "QDe.137");
        assertTrue(n.aliases().stream().anyMatch(a -> a.name().equals("هيئة تحرير الشام") && a.originalScript()));
        assertTrue(n.aliases().stream().anyMatch(a -> a.name().equals("HTS") && a.quality() == AliasQuality.AKA));
        assertTrue(n.aliases().stream().anyMatch(a -> a.name().equals("Jabhat al-Nusrah")));
        assertTrue(n.aliases().stream().noneMatch(a -> a.name().contains(";") || a.name().contains("(")));
        assertTrue(un.entries().stream().allMatch(e -> e.status() == ListingStatus.LISTED));
    }

    @Test
    void readsTheSmallTestFile() throws Exception {
        Watchlist w = new UnScImporter().read(SharedData.resource("un-small-v1.xml"));
        assertEquals("2024-01-10", w.version());
        assertEquals(4, w.entries().size());
        WatchlistEntry j = entry(w, "QDi.317");
        assertEquals(List.of("QDe.137", "QDi.006"), j.links());
        assertEquals(List.of("1975-1979"), j.datesOfBirth());
        WatchlistEntry nusra = entry(w, "QDe.137");
        assertEquals(List.of("QDe.115"), nusra.links());
        assertTrue(nusra.aliases().stream().anyMatch(a -> a.name().equals("Levantine Test Network")
                && a.quality() == AliasQuality.FKA), "description cut: " + nusra.aliases());
        assertEquals(List.of("1970-03-04"), entry(w, "QDi.901").datesOfBirth());
    }
}
