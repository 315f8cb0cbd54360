package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.isnad.doc.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory near-duplicate table: undone groups, reopening a store, and the move from {@code doc_bands}. */
class NearDuplicatesTest {
    private static final String STORY_A = "أعلنت وزارة الصحة في بيان صدر صباح اليوم أن عدد الإصابات الجديدة بلغ مئة"
            + " وعشرين حالة في المحافظات الشمالية وأن فرق الطوارئ تعمل على مدار الساعة لاحتواء الوضع الصحي";
    private static final String STORY_B = "قالت مصادر في الميناء إن سفينة محملة بالقمح وصلت مساء أمس بعد تأخير دام"
            + " ثلاثة أسابيع بسبب الأحوال الجوية وإن عملية التفريغ ستبدأ غدا تحت إشراف لجنة حكومية مختصة";

    @TempDir
    Path tmp;

    private StoreConfig config() {
        return StoreConfig.embedded(tmp.resolve("n"), Optional.empty());
    }

    private static Document doc(String id, String text) {
        return Document.of(id, text);
    }

    @Test
    void anUndoneGroupLeavesNoCandidateAndAReopenedStoreFindsItsOriginals() {
        long a;
        try (Database db = Database.open(config())) {
            StoreWriter w = new StoreWriter(db, new NormalizedNameKeys());
            a = w.write(doc("a", STORY_A)).docId();
            try (StoreWriter.Batch b = w.batch()) {
                WriteResult undone = b.add(doc("b", STORY_B));
                assertEquals(undone.docId(), undone.originId());
                // within the group, a copy of the pending document finds it
                assertEquals(undone.docId(), b.add(doc("b2", STORY_B + " نقلا عن وكالة الأنباء")).originId());
            } // closed without commit: both are undone
            WriteResult c = w.write(doc("c", STORY_B + " والله أعلم"));
            assertEquals(c.docId(), c.originId(), "an undone document must not be anyone's origin");
            assertEquals(a, w.write(doc("a2", STORY_A + " المصدر وكالات")).originId());
        }
        try (Database db = Database.open(config())) {
            StoreWriter w = new StoreWriter(db, new NormalizedNameKeys());
            // loaded from doc_signatures on first use
            assertEquals(a, w.write(doc("a3", "عاجل " + STORY_A)).originId());
            assertEquals(0, count(db, "SELECT COUNT(*) FROM documents WHERE id <> origin_id AND ext_id = 'c'"));
            assertEquals(4, count(db, "SELECT COUNT(*) FROM doc_signatures")); // a, c, a2, a3
        }
    }

    @Test
    void version3MovesStoredSignaturesOutOfDocuments() throws SQLException {
        StoreConfig cfg = config();
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(cfg.jdbcUrl());
        migratesVersion2(ds, () -> Database.open(cfg));
    }

    /**
     * Builds a version-2 store (doc_bands, documents.minhash) holding one document, opens it (migrating to the
     * current version) and checks that its signature moved and that a copy of it finds it as its origin.
     */
    static void migratesVersion2(javax.sql.DataSource ds, java.util.function.Supplier<Database> open)
            throws SQLException {
        Flyway.configure().dataSource(ds).locations("classpath:org/isnad/store/migration")
                .javaMigrations(new CompactSchemaMigration()).target("2").load().migrate();
        long id;
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO documents"
                + " (content_hash, ext_id, language, body, origin_id, similarity, minhash, layers)"
                + " VALUES (?, 'old', 'ar', ?, 0, 0, ?, '')", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, ContentHash.of(STORY_A));
            ps.setString(2, STORY_A);
            ps.setString(3, MinHash.encode(MinHash.signature(STORY_A)));
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                id = rs.getLong(1);
            }
            c.createStatement().executeUpdate("UPDATE documents SET origin_id = id");
        }
        try (Database db = open.get()) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM doc_signatures WHERE doc_id = " + id
                    + " AND origin_id = " + id));
            StoreWriter w = new StoreWriter(db, new NormalizedNameKeys());
            WriteResult copy = w.write(doc("copy", STORY_A + " المصدر وكالات"));
            assertEquals(id, copy.originId());
            try (Connection c = db.connection()) {
                assertThrows(SQLException.class, () -> c.createStatement().executeQuery("SELECT * FROM doc_bands"));
            }
        }
    }

    private static int count(Database db, String sql) {
        try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
