package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.isnad.doc.Document;
import org.isnad.doc.Metadata;
import org.isnad.doc.Span;
import org.isnad.model.Claim;
import org.isnad.model.Certainty;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Layers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "The same actor across reports is one entity", by classes of cases: spellings and scripts of one name join;
 * a bare last name joins the one full name ending in it, whichever comes first, and stays apart when two full names
 * end in it; names made only of common given names or kunyas never join across reports; names that share only
 * such parts, or differ in one identifying part, stay apart.
 */
class ActorResolutionTest {
    @TempDir
    Path tmp;
    private Database db;
    private StoreWriter writer;
    private StoreReader reader;
    private int n;

    @BeforeEach
    void open() {
        db = Database.open(StoreConfig.embedded(tmp.resolve("s"), Optional.empty()));
        writer = new StoreWriter(db, CanonicalKeys.normalizedNames());
        reader = new StoreReader(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Stores a one-sentence report naming one entity and returns its actor. */
    private long actor(EntityType type, String name) {
        String text = "قال " + name + " إن الوضع تغير في التقرير رقم " + (++n) + ".";
        Document d = new Document(text, Metadata.of("t" + n));
        d.set(Layers.ENTITIES, List.of(new Entity("e1", type, name, List.of(new Span(4, 4 + name.length())))));
        long doc = writer.write(d).docId();
        return reader.actorsOfDocument(doc).get("e1");
    }

    private long person(String name) {
        return actor(EntityType.PERSON, name);
    }

    /** Each pair of person names, stored in two reports, gives two actors. */
    private void apart(List<List<String>> pairs) {
        for (List<String> pair : pairs) {
            assertNotEquals(person(pair.get(0)), person(pair.get(1)), pair.toString());
        }
    }

    @Test
    void spellingsAndScriptsOfOneNameAreOneActor() {
        long ar = person("أبو محمد الجولاني");
        assertEquals(ar, person("Abu Mohammed al-Jawlani"));
        assertEquals(ar, person("Abu Muhammad al-Julani"));
        assertEquals(ar, person("أبو محمد الجولانى"));
        long safadi = person("أيمن الصفدي");
        assertEquals(safadi, person("Ayman Safadi"));
        assertNotEquals(ar, safadi);
        // every spelling is an exact key of the actor, so later lookups by any of them find it
        assertEquals(Optional.of(ar), reader.actorByKey(new NormalizedNameKeys().key(EntityType.PERSON,
                "Abu Mohammed al-Jawlani")));
    }

    @Test
    void aBareLastNameJoinsTheOneFullNameEndingInIt() {
        long full = person("أبو محمد الجولاني");
        assertEquals(full, person("الجولاني"));
        assertEquals(full, person("al-Jawlani"));
    }

    @Test
    void aBareNameWithoutTheArticleJoinsNoFullName() {
        long full = person("هيام عباس");
        assertNotEquals(full, person("عباس"));
        assertNotEquals(person("دونالد ترامب"), person("ترامب"));
        assertNotEquals(person("Donald Trump"), person("Trump"));
        // nor does a compound given name that happens to contain the article
        assertNotEquals(person("إسراء عبد الفتاح"), person("عبد الفتاح"));
        assertNotEquals(person("يسري نصر الله"), person("نصر الله"));
    }

    @Test
    void similarNamesInOneScriptAreDifferentNames() {
        apart(List.of(List.of("عمرو أديب", "عمرو دياب"), List.of("أحمد سلامة", "أحمد سالم"),
                List.of("شريف مكاوي", "سيد مكاوي"), List.of("سمية", "سامي"), List.of("صابر", "صبري")));
        assertNotEquals(actor(EntityType.GPE, "روسيا"), actor(EntityType.GPE, "أرسيه"));
        assertNotEquals(actor(EntityType.GPE, "فرنسا"), actor(EntityType.GPE, "فاراناسي"));
        // acronyms are too short to compare across scripts
        assertNotEquals(actor(EntityType.ORG, "ON"), actor(EntityType.ORG, "الوان"));
        assertNotEquals(actor(EntityType.ORG, "AMC"), actor(EntityType.ORG, "معاك"));
        // while the same name written with or without a joined or separate compound still is one
        assertEquals(person("عبدالله الباروني"), person("عبد الله الباروني"));
    }

    @Test
    void aFullNameAfterItsBareLastNameJoinsIt() {
        long bare = person("الجولاني");
        assertEquals(bare, person("أبو محمد الجولاني"));
        assertEquals(bare, person("Abu Mohammed al-Jawlani"));
        assertEquals(bare, person("al-Jawlani"));
        assertEquals(bare, person("الجولاني"));
        assertEquals("أبو محمد الجولاني", reader.actor(bare).orElseThrow().name());
    }

    @Test
    void aBareLastNameSharedByTwoFullNamesStaysApart() {
        long abuMuhammad = person("أبو محمد الجولاني");
        long ahmad = person("أحمد الجولاني");
        assertNotEquals(abuMuhammad, ahmad);
        long bare = person("الجولاني");
        assertNotEquals(abuMuhammad, bare);
        assertNotEquals(ahmad, bare);
        // and a third full name ending in it does not take the bare actor either
        assertNotEquals(bare, person("خالد الجولاني"));
    }

    @Test
    void namesMadeOnlyOfCommonGivenNamesOrKunyasNeverJoinAcrossReports() {
        for (String generic : List.of("محمد", "أحمد", "عبد الله", "أبو محمد", "Abu Muhammad", "محمد عبد الله")) {
            assertNotEquals(person(generic), person(generic), generic);
        }
        assertNotEquals(person("محمد"), person("Muhammad"));
    }

    @Test
    void namesSharingOnlyGenericPartsOrDifferingInOnePartStayApart() {
        apart(List.of(List.of("أبو محمد العدناني", "أبو محمد الجولاني"), List.of("محمد الجولاني", "أحمد الجولاني"),
                List.of("محمد بن سلمان", "محمد بن زايد"), List.of("عبد الله الثاني", "عبد الله صالح"),
                List.of("الجولاني", "الكيلاني"), List.of("بشار الأسد", "حافظ الأسد")));
    }

    @Test
    void onlyTheSameTypeJoins() {
        long org = actor(EntityType.ORG, "حماس");
        assertEquals(org, actor(EntityType.ORG, "Hamas"));
        assertNotEquals(org, person("حماس"));
        // types outside persons, organisations and places join on the folded name only
        long title = actor(EntityType.TITLE, "وزير الخارجية");
        assertEquals(title, actor(EntityType.TITLE, "وزير الخارجيّة"));
        assertNotEquals(title, actor(EntityType.TITLE, "وزير الخارجيه الأمريكي"));
    }

    @Test
    void anUndoneDocumentLeavesNoActorBehindInTheStoreOrTheCaches() {
        String text = "قال أبو بكر البغدادي إن الوضع تغير.";
        Document bad = new Document(text, Metadata.of("bad"));
        bad.set(Layers.ENTITIES, List.of(new Entity("e1", EntityType.PERSON, "أبو بكر البغدادي",
                List.of(new Span(4, 20)))));
        Claim c = new Claim("c1", new Span(21, 35), Optional.empty(), Certainty.ASSERTED);
        bad.set(Layers.CLAIMS, List.of(c, c)); // a repeated claim id fails after the actor was inserted
        assertThrows(StoreException.class, () -> writer.write(bad));
        assertTrue(reader.actorByKey(new NormalizedNameKeys().key(EntityType.PERSON, "أبو بكر البغدادي")).isEmpty());
        long a = person("أبو بكر البغدادي");
        assertEquals(Optional.of(a), reader.actorByKey(new NormalizedNameKeys().key(EntityType.PERSON,
                "أبو بكر البغدادي")));
        assertEquals(a, person("Abu Bakr al-Baghdadi"));
    }

    @Test
    void manyDistinctNamesStayDistinctAndOneBatchSeesItsOwnActors() {
        Set<Long> ids = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (String first : List.of("أيمن", "سامح", "جبران", "وليد", "نبيه")) {
            for (String last : List.of("الصفدي", "شكري", "باسيل", "جنبلاط", "بري")) {
                names.add(first + " " + last);
            }
        }
        try (StoreWriter.Batch b = writer.batch()) {
            for (String name : names) {
                String text = "قال " + name + " إن الوضع تغير في " + name.length() + ids.size() + ".";
                Document d = new Document(text, Metadata.of(name));
                d.set(Layers.ENTITIES, List.of(new Entity("e1", EntityType.PERSON, name,
                        List.of(new Span(4, 4 + name.length())))));
                ids.add(b.add(d).actors().get("e1"));
            }
            b.commit();
        }
        assertEquals(names.size(), ids.size());
        assertTrue(ids.contains(person("أيمن الصفدي")));
    }
}
