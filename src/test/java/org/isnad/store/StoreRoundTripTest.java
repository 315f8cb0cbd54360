package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.json.AnalysisJson;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Layers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRoundTripTest {
    @TempDir
    Path tmp;

    static StoreRoundTripChecks checks(Database db) {
        return new StoreRoundTripChecks(db);
    }

    @Test
    void everyLayerComesBackAsWritten() {
        try (Database db = Database.open(StoreConfig.embedded(tmp.resolve("s"), Optional.empty()))) {
            checks(db).roundTrip();
        }
    }

    @Test
    void reingestingTheSameTextIsANoOp() {
        try (Database db = Database.open(StoreConfig.embedded(tmp.resolve("s"), Optional.empty()))) {
            checks(db).idempotent();
        }
    }

    @Test
    void aBadLayerLeavesNothingHalfWritten() throws SQLException {
        try (Database db = Database.open(StoreConfig.embedded(tmp.resolve("s"), Optional.empty()))) {
            checks(db).atomic();
        }
    }

    @Test
    void sameActorAcrossDocumentsIsOneRowAndSpellingVariantsFold() {
        try (Database db = Database.open(StoreConfig.embedded(tmp.resolve("s"), Optional.empty()))) {
            checks(db).actors();
        }
    }

    @Test
    void reopeningKeepsTheDataAndTheSchemaVersion() {
        Path p = tmp.resolve("s");
        try (Database db = Database.open(StoreConfig.embedded(p, Optional.empty()))) {
            new StoreWriter(db, CanonicalKeys.normalizedNames()).write(TestDocs.minister("x", "o", "2018-01-01", ""));
        }
        try (Database db = Database.open(StoreConfig.embedded(p, Optional.empty()))) {
            assertEquals(1, new StoreReader(db).documentCount());
        }
    }

    /** The same checks, run against H2 here and against PostgreSQL in {@link PostgresStoreTest}. */
    static final class StoreRoundTripChecks {
        private final Database db;
        private final StoreWriter writer;
        private final StoreReader reader;

        StoreRoundTripChecks(Database db) {
            this.db = db;
            this.writer = new StoreWriter(db, CanonicalKeys.normalizedNames());
            this.reader = new StoreReader(db);
        }

        void roundTrip() {
            Document d = TestDocs.minister("rt-" + System.nanoTime(), "outlet-a", "2018-02-18", "");
            WriteResult r = writer.write(d);
            assertFalse(r.duplicate());
            Document back = reader.document(r.docId()).orElseThrow();
            assertEquals(AnalysisJson.toJson(d), AnalysisJson.toJson(back));
            assertEquals(d.metadata(), back.metadata());
        }

        void idempotent() {
            Document d = TestDocs.minister("id-" + System.nanoTime(), "outlet-a", "2018-02-18", " تكرار.");
            long before = reader.documentCount();
            WriteResult first = writer.write(d);
            int rows = totalRows();
            WriteResult again = writer.write(TestDocs.minister("other-id", "outlet-b", "2019-01-01", " تكرار."));
            assertTrue(again.duplicate());
            assertEquals(first.docId(), again.docId());
            assertEquals(before + 1, reader.documentCount());
            assertEquals(rows, totalRows());
        }

        void atomic() throws SQLException {
            Document d = TestDocs.minister("bad-" + System.nanoTime(), "outlet-a", "2018-02-18", " خطأ.");
            List<Entity> entities = new java.util.ArrayList<>(d.get(Layers.ENTITIES));
            entities.add(new Entity("e9", EntityType.PERSON, "x", List.of(new Span(5, d.text().length() + 3))));
            d.set(Layers.ENTITIES, entities);
            int rows = totalRows();
            assertThrows(IllegalArgumentException.class, () -> writer.write(d));
            assertEquals(rows, totalRows());
            // a database-level failure mid-way (a claim id repeated breaks the primary key after the document,
            // actors, mentions and attributions were inserted) rolls everything back too
            Document dup = TestDocs.minister("dup-" + System.nanoTime(), "outlet-a", "2018-02-18", " مكرر.");
            dup.set(Layers.CLAIMS, List.of(dup.get(Layers.CLAIMS).get(0), dup.get(Layers.CLAIMS).get(0)));
            assertThrows(StoreException.class, () -> writer.write(dup));
            assertEquals(rows, totalRows());
            assertFalse(writer.contains(dup.text()));
        }

        void actors() {
            Document a = TestDocs.minister("ac1-" + System.nanoTime(), "outlet-a", "2018-02-18", " أ.");
            Document b = TestDocs.minister("ac2-" + System.nanoTime(), "outlet-b", "2018-02-19", " ب.");
            long da = writer.write(a).docId();
            long db2 = writer.write(b).docId();
            assertEquals(reader.actorsOfDocument(da), reader.actorsOfDocument(db2));
            long safadi = reader.actorsOfDocument(da).get("e1");
            // «أيمن» and «ايمن» fold to one key
            assertEquals(reader.actorByKey(new NormalizedNameKeys().key(EntityType.PERSON, "ايمن الصَّفدي")),
                    Optional.of(safadi));
            assertTrue(reader.actor(safadi).orElseThrow().aliases().contains("أيمن الصفدي"));
            assertFalse(reader.findActors("الصفدي", 5).isEmpty());
            assertEquals(1, reader.screeningOf(reader.actorsOfDocument(da).get("e2")).stream()
                    .filter(s -> s.docId() == da).count());
            assertEquals("2024-09-26", reader.screeningOf(reader.actorsOfDocument(da).get("e2")).get(0).listVersion());
            assertFalse(reader.edgesOf(safadi, 10).isEmpty());
            assertTrue(reader.edgesOf(safadi, 10).get(0).sentence().contains("لقائه"));
        }

        int totalRows() {
            int n = 0;
            try (Connection c = db.connection()) {
                for (String t : List.of("documents", "doc_signatures", "actors", "actor_keys", "actor_aliases", "entities",
                        "attributions", "claims", "claim_actors", "relations", "relation_args", "screening_hits",
                        "profiles")) {
                    try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + t)) {
                        rs.next();
                        n += rs.getInt(1);
                    }
                }
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
            return n;
        }
    }
}
