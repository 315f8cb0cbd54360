package org.isnad.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.isnad.cli.IsnadCli;
import org.isnad.store.Corroboration;
import org.isnad.store.StoreConfig;
import org.isnad.store.TestDocs;
import org.isnad.store.TestEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored corroboration (schema version 4) equals the corroboration computed on the fly from the same store, for every
 * claim of every document: after each write and refresh, after re-ingesting stored texts, with near-duplicates, on
 * real news ingested in two runs (the second refresh incremental, with ten texts of the first run repeated), and
 * when the first refresh after the migration backfills a store that had no stored corroboration.
 */
class StoredCorroborationTest {
    @TempDir
    Path tmp;

    private Corpus open(String name) {
        return Corpus.open(StoreConfig.embedded(tmp.resolve(name), Optional.empty()));
    }

    @Test
    void storedRowsEqualTheComputationAfterEveryWriteReingestAndNearDuplicate() throws SQLException {
        try (Corpus c = open("s")) {
            // the same statement by three outlets (one a near-duplicate re-publication), on different days
            c.store(TestDocs.minister("a", "outlet-a", "2018-02-18", ""));
            assertEquals(2, c.refreshCorroboration()); // the two claims of the first document
            assertStoredEqualsComputed(c);
            c.store(TestDocs.minister("b", "outlet-b", "2018-03-01", " وأكدت الحكومة ذلك."));
            assertTrue(c.refreshCorroboration() > 2, "the first document's rows are rewritten too");
            assertStoredEqualsComputed(c);
            c.store(TestDocs.minister("c", "outlet-c", "2018-01-05", " وأضاف أن الوفد سيعود الشهر المقبل للتباحث."));
            c.refreshCorroboration();
            assertStoredEqualsComputed(c);
            // re-ingesting a stored text is a no-op: nothing to refresh, rows unchanged
            assertTrue(c.store(TestDocs.minister("a2", "outlet-x", "2019-01-01", "")).duplicate());
            assertEquals(0, c.refreshCorroboration());
            assertStoredEqualsComputed(c);
            long a = c.reader().recent(10, 0).get(2).id();
            Corroboration k = c.corroboration().forStoredClaim(a, "c1");
            assertEquals(3, k.documents());
            assertEquals(3, k.outlets());
            assertEquals(3, rows(c, "claim_corroboration") / 2);
        }
    }

    @Test
    void migrationBackfillsAStoreWithoutStoredCorroboration() throws SQLException {
        try (Corpus c = open("m")) {
            c.store(TestDocs.minister("a", "outlet-a", "2018-02-18", ""));
            c.store(TestDocs.minister("b", "outlet-b", "2018-03-01", " وأكدت الحكومة ذلك."));
            // back to version 3: no stored corroboration, no record of version 4
            try (Connection k = c.database().connection(); Statement st = k.createStatement()) {
                st.execute("DROP TABLE claim_corroboration");
                st.execute("DROP TABLE corroboration_state");
                st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '4'");
            }
        }
        try (Corpus c = open("m")) {
            assertEquals(0, rows(c, "claim_corroboration"));
            assertStoredEqualsComputed(c); // computed on the fly while the rows are behind
            assertEquals(4, c.refreshCorroboration(), "the first refresh computes every claim's row");
            assertEquals(4, rows(c, "claim_corroboration"));
            assertStoredEqualsComputed(c);
            assertEquals(2, c.corroboration().forStoredClaim(c.reader().recent(1, 0).get(0).id(), "c1").documents());
        }
    }

    @Test
    void storedRowsOnPostgres() throws SQLException {
        String base = TestEnv.require("ISNAD_TEST_PG_URL", "a PostgreSQL database");
        String schema = "isnad_k" + Long.toHexString(System.nanoTime());
        try (Connection k = java.sql.DriverManager.getConnection(base); Statement st = k.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try (Corpus c = Corpus.open(StoreConfig.parse(url, Optional.of(tmp.resolve("pg-index"))))) {
            c.store(TestDocs.minister("a", "outlet-a", "2018-02-18", ""));
            // no day: NULL sorts first on H2 and last on PostgreSQL; stored and computed must still agree
            c.store(TestDocs.minister("b", "outlet-b", "unknown", " وأكدت الحكومة ذلك."));
            assertEquals(4, c.refreshCorroboration());
            assertStoredEqualsComputed(c);
            c.store(TestDocs.minister("c", "outlet-c", "2018-01-05", " وأضاف أن الوفد سيعود الشهر المقبل للتباحث."));
            assertTrue(c.refreshCorroboration() > 2);
            assertStoredEqualsComputed(c);
            assertEquals(6, rows(c, "claim_corroboration"));
        } finally {
            try (Connection k = java.sql.DriverManager.getConnection(base); Statement st = k.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    @Test
    void realNewsIngestedInTwoRunsWithRepeats() throws Exception {
        Path news = TestEnv.shared("data/news/ant-multisource/articles-001.jsonl.gz");
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(news)),
                StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null && lines.size() < 80; l = r.readLine()) {
                lines.add(l);
            }
        }
        Path first = tmp.resolve("first.jsonl");
        Path second = tmp.resolve("second.jsonl");
        Files.write(first, lines.subList(0, 50));
        Files.write(second, lines.subList(40, 80)); // ten texts again: skipped as stored
        String db = tmp.resolve("news").toString();
        assertEquals(0, IsnadCli.execute("ingest", "--db", db, "--progress", "none", first.toString()));
        try (Corpus c = open("news")) {
            assertEquals(rows(c, "claims"), c.refreshCorroboration());
            assertEquals(rows(c, "claims"), rows(c, "claim_corroboration"));
            assertStoredEqualsComputed(c);
        }
        assertEquals(0, IsnadCli.execute("ingest", "--db", db, "--progress", "none", second.toString()));
        try (Corpus c = open("news")) {
            assertTrue(c.refreshCorroboration() > 30, "the new documents' claims and those they corroborate");
            assertEquals(rows(c, "claims"), rows(c, "claim_corroboration"));
            int carried = assertStoredEqualsComputed(c);
            assertTrue(carried > 0, "some claim is carried by more than one document");
        }
    }

    /** Compares every claim's stored corroboration with the on-the-fly one; returns how many have several documents. */
    private static int assertStoredEqualsComputed(Corpus c) throws SQLException {
        int carried = 0;
        for (long id : c.reader().recent(1000, 0).stream().map(d -> d.id()).toList()) {
            Map<String, Corroboration> computed = c.corroboration().computeForDocument(id, 100);
            Map<String, Corroboration> stored = c.corroboration().forDocument(id, 100);
            assertEquals(computed.keySet().stream().toList(), stored.keySet().stream().toList());
            for (Map.Entry<String, Corroboration> e : computed.entrySet()) {
                Corroboration want = kept(e.getValue());
                assertEquals(want, stored.get(e.getKey()), id + "/" + e.getKey());
                assertEquals(want, c.corroboration().forStoredClaim(id, e.getKey()), id + "/" + e.getKey());
                carried += want.documents() > 1 ? 1 : 0;
            }
        }
        return carried;
    }

    /** What is stored: the first 50 carriers. */
    private static Corroboration kept(Corroboration k) {
        return new Corroboration(k.independentSources(), k.outlets(), k.originals(), k.documents(), k.singleSource(),
                k.carriers().subList(0, Math.min(50, k.carriers().size())));
    }

    private static long rows(Corpus c, String table) throws SQLException {
        try (Connection k = c.database().connection(); Statement st = k.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
