package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.isnad.corpus.Corpus;
import org.isnad.json.AnalysisJson;
import org.isnad.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreCommandsTest {
    @TempDir
    Path tmp;

    /** Runs a command line, returning exit code, stdout and stderr. */


    @Test
    void ingestReportsBadRecordsSkipsDuplicatesAndIsResumable() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("batch.jsonl"), String.join("\n",
                "{\"id\":\"1\",\"text\":\"قال الرئيس إن المحادثات مستمرة.\",\"outlet\":\"A\",\"published\":\"2018-02-01\"}",
                "{\"id\":\"2\",\"text\":\"نفت الوزارة وجود أي مفاوضات سرية.\",\"outlet\":\"B\"}",
                "{not json",
                "{\"id\":\"4\",\"title\":\"no text\"}",
                "{\"id\":\"5\",\"text\":\"قال الرئيس إن المحادثات مستمرة.\",\"outlet\":\"C\"}",
                ""), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("sub/note.txt"), "أعلنت الشركة عن نتائجها السنوية.", StandardCharsets.UTF_8);
        String db = tmp.resolve("store").toString();
        Cli.Run first = Cli.run("ingest", "--db", db, "--stages", "tokens,sentences", "--progress", "none", in.toString());
        assertEquals(ExitCodes.PARTIAL, first.code(), first.err());
        assertTrue(first.err().contains("ingest: 3 stored, 1 skipped as duplicate, 2 failed"), first.err());
        assertTrue(first.err().contains("batch.jsonl:3: malformed JSON"), first.err());
        assertTrue(first.err().contains("batch.jsonl:4: no \"text\""), first.err());
        Cli.Run again = Cli.run("ingest", "--db", db, "--stages", "tokens,sentences", "--progress", "none",
                in.resolve("batch.jsonl").toString(), in.resolve("sub/note.txt").toString());
        assertTrue(again.err().contains("ingest: 0 stored, 4 skipped as duplicate, 2 failed"), again.err());
        Cli.Run search = Cli.run("search", "--db", db, "--json", "--kind", "doc", "--from", "2018-01-01", "محادثات");
        assertEquals(ExitCodes.OK, search.code(), search.err());
        JsonNode r = AnalysisJson.MAPPER.readTree(search.out());
        assertEquals(1, r.get("total").asInt());
        assertEquals("A", r.get("hits").get(0).get("outlet").asText());
        Cli.Run text = Cli.run("search", "--db", db, "مفاوضات");
        assertTrue(text.out().contains("1 hits") && text.out().contains("نفت الوزارة"), text.out());
    }

    @Test
    void badArgumentsAndMissingStoresGiveOneLineErrors() {
        Cli.Run bad = Cli.run("search", "--db", tmp.resolve("s").toString(), "--certainty", "SURE", "x");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.err().startsWith("isnad search: unknown certainty") && bad.err().strip().lines().count() == 1,
                bad.err());
        Cli.Run pg = Cli.run("search", "--db", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "x");
        assertEquals(ExitCodes.IO, pg.code(), pg.err());
        assertTrue(pg.err().startsWith("isnad search: cannot open store"), pg.err());
        assertEquals(1, pg.err().strip().lines().count(), pg.err());
        Cli.Run url = Cli.run("ingest", "--db", "jdbc:mysql://x/y", "-");
        assertEquals(ExitCodes.USAGE, url.code());
        assertTrue(url.err().contains("unsupported database URL"), url.err());
        Cli.Run stages = Cli.run("ingest", "--db", tmp.resolve("s2").toString(), "--stages", "nope", "x");
        assertEquals(ExitCodes.USAGE, stages.code());
    }

    @Test
    void defaultStoreLivesUnderTheHomeFolder() {
        StoreConfig c = StoreConfig.parse(null);
        assertTrue(c.jdbcUrl().startsWith("jdbc:h2:file:" + System.getProperty("user.home")), c.jdbcUrl());
        assertTrue(c.indexDir().toString().endsWith(".isnad/isnad.index"), c.indexDir().toString());
        assertEquals(StoreConfig.Kind.POSTGRES, StoreConfig.parse("jdbc:postgresql://h/db").kind());
        assertEquals(StoreConfig.parse("/tmp/x").jdbcUrl(), StoreConfig.parse("/tmp/x.mv.db").jdbcUrl());
        try (Corpus corpus = Corpus.open(StoreConfig.embedded(tmp.resolve("d"), Optional.empty()))) {
            assertTrue(corpus.reachable());
        }
    }
}
