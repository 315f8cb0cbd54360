package org.isnad.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.model.ListingStatus;
import org.isnad.names.NameKind;
import org.junit.jupiter.api.Test;

class ScreenerTest {
    private static Screener small() throws Exception {
        return new Screener(new ScreeningIndex(List.of(WatchlistFormat.load(SharedData.resource("un-small-v1.xml"), ""))));
    }

    @Test
    void findsArabicAndTransliteratedNames() throws Exception {
        Screener s = small();
        for (String q : new String[] {"أبو محمد الجولاني", "Abu Mohammed al-Golani", "ابو محمد الجولانی"}) {
            List<Candidate> c = s.screen(q, NameKind.PERSON, 0.7, 3);
            assertEquals("QDi.317", c.get(0).reference(), q);
            assertEquals(ListingStatus.LISTED, c.get(0).status());
            assertTrue(c.get(0).explanation().startsWith("possible match via"), c.get(0).explanation());
        }
        List<Candidate> hts = s.screen("هيئة تحرير الشام", NameKind.ORG, 0.7, 3);
        assertEquals("QDe.137", hts.get(0).reference());
        assertEquals("هيئة تحرير الشام", hts.get(0).matchedAlias());
    }

    @Test
    void doesNotCryWolfOnGenericNames() throws Exception {
        Screener s = small();
        assertEquals(List.of(), s.screen("Muhammad", NameKind.ANY, 0.7, 3));
        assertEquals(List.of(), s.screen("MUHAMMAD BIN SALMAN", NameKind.PERSON, 0.7, 3), "father and son swapped");
        assertEquals("QDi.901", s.screen("Salman bin Muhammad al-Rawi", NameKind.PERSON, 0.7, 3).get(0).reference());
        assertEquals(List.of(), s.screen("", NameKind.ANY, 0.7, 3));
    }

    @Test
    void typeFiltersEntriesAndTopLimits() throws Exception {
        Screener s = small();
        assertEquals(List.of(), s.screen("أبو محمد الجولاني", NameKind.ORG, 0.7, 3));
        assertTrue(s.screen("Jabhat al-Nusra", NameKind.ORG, 0.7, 3).size() == 1);
        assertTrue(s.screen("Abu Mohammed", NameKind.ANY, 0.0, 1).size() <= 1);
    }

    @Test
    void entityResolverGivesOneIdAcrossScriptsAndAliases() throws Exception {
        EntityResolver r = new EntityResolver(java.util.Optional.of(small()));
        String a = r.resolve(org.isnad.model.EntityType.ORG, "هيئة تحرير الشام");
        String b = r.resolve(org.isnad.model.EntityType.ORG, "Jabhat al-Nusrah");
        assertEquals("wl:UN-SC:QDe.137", a);
        assertEquals(a, b);
        EntityResolver plain = new EntityResolver(java.util.Optional.empty());
        String k1 = plain.resolve(org.isnad.model.EntityType.PERSON, "Abu Muhammad al-Jawlani");
        String k2 = plain.resolve(org.isnad.model.EntityType.PERSON, "أبو محمد الجولاني");
        String k3 = plain.resolve(org.isnad.model.EntityType.PERSON, "Abu Mohammed al-Golani");
        assertEquals(k1, k2);
        assertEquals(k1, k3);
        assertEquals(EntityResolver.nameKey(org.isnad.model.EntityType.PERSON, "Abu Mohammed al-Julani"), k1);
        String other = plain.resolve(org.isnad.model.EntityType.PERSON, "Salman bin Muhammad");
        assertTrue(!other.equals(k1));
        assertEquals(2, plain.actors().size());
        assertEquals(3, plain.actors().get(0).names().size());
    }

    @Test
    void blockedScreenAgreesWithScoringEveryName() throws Exception {
        Screener s = small();
        for (String q : new String[] {"أبو محمد الجولاني", "Abu Mohammed al-Golani", "هيئة تحرير الشام",
                "Jabhat al-Nusra", "Salman bin Muhammad al-Rawi", "Muhammad", "Abu Muhammad"}) {
            for (double t : new double[] {0.3, 0.7}) {    // below, names sharing only common keys (محمد) are not blocked in
                List<Candidate> blocked = s.screen(q, NameKind.ANY, t, 3);
                List<Candidate> every = s.screenExhaustive(q, NameKind.ANY, t, 3);
                assertEquals(every.stream().map(c -> c.reference() + " " + c.score()).toList(),
                        blocked.stream().map(c -> c.reference() + " " + c.score()).toList(), q + " at " + t);
            }
        }
    }
}
