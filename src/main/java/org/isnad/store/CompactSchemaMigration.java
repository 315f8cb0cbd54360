package org.isnad.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.Context;
import org.isnad.doc.Span;
import org.isnad.model.EntityType;
import org.isnad.model.Grade;
import org.isnad.model.PersuasionSpan;

/**
 * Schema version 2, in Java because it moves data and differs by database:
 * <ul>
 *   <li>sentences, mentions, persuasion spans and grades move from one row per item into one column of their
 *       document, entity or profile ({@link CompactLayers}); each relation keeps the span of the sentence its
 *       evidence starts in (the graph view's sentence), so the sentences table is no longer joined;</li>
 *   <li>actors get the blocking keys of {@link ActorName} and {@code actor_keys} maps every exact name key resolved
 *       so far to its actor (several spellings, one actor);</li>
 *   <li>H2 only: foreign keys of the child tables are dropped — H2 builds a separate index for every foreign key
 *       even where the primary key starts with the same column, so each row paid for one more index; the writer
 *       inserts a document and its rows in one transaction. PostgreSQL keeps them (it uses the parent's key).
 *       Identity columns reserve ids 4096 at a time instead of 32 (each reservation is a disk write on H2).</li>
 * </ul>
 */
final class CompactSchemaMigration extends StoreMigration {
    private static final List<String> CHILD_TABLES = List.of("DOC_BANDS", "ACTOR_ALIASES", "ENTITIES", "MENTIONS",
            "SENTENCES", "ATTRIBUTIONS", "CLAIMS", "CLAIM_ACTORS", "RELATIONS", "RELATION_ARGS", "SCREENING_HITS",
            "PERSUASION_SPANS", "PROFILES", "GRADES");

    CompactSchemaMigration() {
        super("2", "compact layers and actor keys", 20261130);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean h2 = h2(c);
        if (h2) {
            dropForeignKeys(c);
        }
        try (Statement st = c.createStatement()) {
            st.execute("ALTER TABLE documents ADD COLUMN sentences VARCHAR(1000000)");
            st.execute("ALTER TABLE documents ADD COLUMN persuasion VARCHAR(1000000)");
            st.execute("ALTER TABLE entities ADD COLUMN mentions VARCHAR(1000000)");
            st.execute("ALTER TABLE profiles ADD COLUMN grades VARCHAR(1000000)");
            st.execute("ALTER TABLE relations ADD COLUMN sent_start INTEGER");
            st.execute("ALTER TABLE relations ADD COLUMN sent_end INTEGER");
            st.execute("ALTER TABLE actors ADD COLUMN block_key VARCHAR(1000)");
            st.execute("ALTER TABLE actors ADD COLUMN surname_key VARCHAR(1000)");
            st.execute("ALTER TABLE actors ADD COLUMN name_parts INTEGER DEFAULT 0 NOT NULL");
            st.execute("CREATE INDEX actors_block ON actors (block_key)");
            st.execute("CREATE INDEX actors_surname ON actors (surname_key)");
            st.execute("CREATE TABLE actor_keys (name_key VARCHAR(1000) NOT NULL PRIMARY KEY,"
                    + " actor_id BIGINT NOT NULL)");
            st.execute("INSERT INTO actor_keys (name_key, actor_id) SELECT canonical_key, id FROM actors");
            st.execute("UPDATE relations SET"
                    + " sent_start = (SELECT MIN(s.start_off) FROM sentences s WHERE s.doc_id = relations.doc_id"
                    + " AND s.start_off <= relations.ev_start AND s.end_off > relations.ev_start),"
                    + " sent_end = (SELECT MIN(s.end_off) FROM sentences s WHERE s.doc_id = relations.doc_id"
                    + " AND s.start_off <= relations.ev_start AND s.end_off > relations.ev_start)");
        }
        moveSpans(c, "SELECT doc_id, '', start_off, end_off FROM sentences ORDER BY doc_id, idx",
                "UPDATE documents SET sentences = ? WHERE id = ? AND '' = ?");
        moveSpans(c, "SELECT doc_id, entity_id, start_off, end_off FROM mentions ORDER BY doc_id, entity_id, idx",
                "UPDATE entities SET mentions = ? WHERE doc_id = ? AND local_id = ?");
        movePersuasion(c);
        moveGrades(c);
        blockKeys(c);
        try (Statement st = c.createStatement()) {
            st.execute("UPDATE entities SET mentions = '' WHERE mentions IS NULL");
            for (String t : List.of("sentences", "mentions", "persuasion_spans", "grades")) {
                st.execute("DROP TABLE " + t);
            }
            if (h2) {
                st.execute("ALTER TABLE documents ALTER COLUMN id SET CACHE 4096");
                st.execute("ALTER TABLE actors ALTER COLUMN id SET CACHE 4096");
            }
        }
    }

    private static void dropForeignKeys(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String[]> fks = new ArrayList<>();
        for (String table : CHILD_TABLES) {
            Set<String> names = new LinkedHashSet<>();
            try (ResultSet rs = md.getImportedKeys(null, "PUBLIC", table)) {
                while (rs.next()) {
                    names.add(rs.getString("FK_NAME"));
                }
            }
            names.forEach(n -> fks.add(new String[] {table, n}));
        }
        try (Statement st = c.createStatement()) {
            for (String[] fk : fks) {
                st.execute("ALTER TABLE " + fk[0] + " DROP CONSTRAINT \"" + fk[1].replace("\"", "") + "\"");
            }
        }
    }

    /** Groups (doc, key, start, end) rows by (doc, key) and writes each group's spans as one column value. */
    private static void moveSpans(Connection c, String select, String update) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(select); ResultSet rs = q.executeQuery();
             PreparedStatement u = c.prepareStatement(update)) {
            long doc = -1;
            String key = null;
            List<Span> spans = new ArrayList<>();
            while (rs.next()) {
                if (rs.getLong(1) != doc || !rs.getString(2).equals(key)) {
                    flush(u, doc, key, spans);
                    doc = rs.getLong(1);
                    key = rs.getString(2);
                }
                spans.add(new Span(rs.getInt(3), rs.getInt(4)));
            }
            flush(u, doc, key, spans);
            u.executeBatch();
        }
    }

    private static void flush(PreparedStatement u, long doc, String key, List<Span> spans) throws SQLException {
        if (spans.isEmpty()) {
            return;
        }
        u.setString(1, SpanList.encode(spans));
        u.setLong(2, doc);
        u.setString(3, key);
        u.addBatch();
        spans.clear();
    }

    private static void movePersuasion(Connection c) throws SQLException {
        moveRows(c, "SELECT doc_id, technique, start_off, end_off, confidence FROM persuasion_spans"
                        + " ORDER BY doc_id, idx", "UPDATE documents SET persuasion = ? WHERE id = ?",
                rs -> new PersuasionSpan(rs.getString(2), new Span(rs.getInt(3), rs.getInt(4)), rs.getDouble(5)),
                CompactLayers::persuasion);
        try (Statement st = c.createStatement()) {
            // documents analysed with the persuasion stage but without spans stored an empty layer
            st.execute("UPDATE documents SET persuasion = '[]' WHERE persuasion IS NULL");
        }
    }

    private static void moveGrades(Connection c) throws SQLException {
        moveRows(c, "SELECT doc_id, claim_id, reliability, credibility, why FROM grades ORDER BY doc_id, idx",
                "UPDATE profiles SET grades = ? WHERE doc_id = ?",
                rs -> new Grade(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                CompactLayers::grades);
    }

    /** Reads one row of an item at a time. */
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Groups (doc_id, …) rows by document and writes each group, encoded, with {@code update} (value, doc id). */
    private static <T> void moveRows(Connection c, String select, String update, RowReader<T> row,
                                     java.util.function.Function<List<T>, String> encode) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(select); ResultSet rs = q.executeQuery();
             PreparedStatement u = c.prepareStatement(update)) {
            long doc = -1;
            List<T> items = new ArrayList<>();
            while (rs.next()) {
                if (rs.getLong(1) != doc && !items.isEmpty()) {
                    u.setString(1, encode.apply(items));
                    u.setLong(2, doc);
                    u.addBatch();
                    items.clear();
                }
                doc = rs.getLong(1);
                items.add(row.read(rs));
            }
            if (!items.isEmpty()) {
                u.setString(1, encode.apply(items));
                u.setLong(2, doc);
                u.addBatch();
            }
            u.executeBatch();
        }
    }

    /** Blocking keys of the stored actors, so that names stored before this version can be joined too. */
    private static void blockKeys(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT id, type, name FROM actors"); ResultSet rs = q.executeQuery();
             PreparedStatement u = c.prepareStatement("UPDATE actors SET block_key = ?, surname_key = ?,"
                     + " name_parts = ? WHERE id = ?")) {
            int n = 0;
            while (rs.next()) {
                ActorName a = ActorName.of(EntityType.valueOf(rs.getString(2)), rs.getString(3));
                u.setString(1, a.generic() ? null : a.block().map(b -> StoreWriter.clip(b, 1000)).orElse(null));
                u.setString(2, a.generic() ? null : a.surname().map(b -> StoreWriter.clip(b, 1000)).orElse(null));
                u.setInt(3, a.parts());
                u.setLong(4, rs.getLong(1));
                u.addBatch();
                if (++n % 1000 == 0) {
                    u.executeBatch();
                }
            }
            u.executeBatch();
        }
    }
}
