package org.isnad.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.isnad.doc.Document;
import org.isnad.json.AnalysisJson;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import org.isnad.store.ContentHash;
import org.isnad.store.StoreConfig;
import org.isnad.store.TestEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code isnad ingest} in a child JVM over real news articles, kills it with SIGKILL mid-way, runs it again to
 * the end, and checks that every distinct text is stored exactly once, completely, and indexed.
 */
class KillNineIngestTest {
    static final int ARTICLES = 220;
    static final Pattern PROGRESS = Pattern.compile("progress: (\\d+) processed \\((\\d+) stored");
    static final Pattern SUMMARY = Pattern.compile("ingest: (\\d+) stored, (\\d+) skipped as duplicate, (\\d+) failed");
    static final List<String> STAGES = List.of("tokens", "sentences");

    @TempDir
    Path tmp;

    @Test
    void killedIngestLosesAndDuplicatesNothingAfterARestart() throws Exception {
        Path news = TestEnv.shared("data/news/ant-multisource/articles-001.jsonl.gz");
        Path input = tmp.resolve("news.jsonl");
        Set<String> hashes = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(news)),
                StandardCharsets.UTF_8)); Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                String line = r.readLine();
                hashes.add(ContentHash.of(AnalysisJson.MAPPER.readTree(line).get("text").asText()));
                w.write(line);
                w.write('\n');
            }
        }
        Path db = tmp.resolve("store");
        Process first = ingest(db, input);
        int storedAtKill = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(first.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && Integer.parseInt(m.group(2)) >= 30) {
                    storedAtKill = Integer.parseInt(m.group(2));
                    first.destroyForcibly(); // SIGKILL: no shutdown hooks, no commits, no closing
                    break;
                }
            }
        }
        assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        assertEquals(137, first.exitValue(), "the first run was not killed (it finished before 30 stored?)");
        assertTrue(storedAtKill >= 30 && storedAtKill < hashes.size());

        Process second = ingest(db, input);
        String out = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(second.waitFor(600, TimeUnit.SECONDS));
        Matcher s = SUMMARY.matcher(out);
        assertTrue(s.find(), out);
        int stored2 = Integer.parseInt(s.group(1));
        int skipped2 = Integer.parseInt(s.group(2));
        assertEquals(0, Integer.parseInt(s.group(3)), out);
        assertEquals(ARTICLES, stored2 + skipped2);
        // the restart skipped at least what the killed run reported as stored, and stored the rest exactly once
        assertTrue(skipped2 >= storedAtKill, out);
        try (Corpus c = Corpus.open(StoreConfig.embedded(db, Optional.empty()))) {
            assertEquals(hashes.size(), c.reader().documentCount());
            assertEquals(hashes.size(), c.index().documentCount());
            Pipeline p = StageCatalog.build(STAGES, PipelineConfig.defaults());
            List<Long> ids = new ArrayList<>();
            c.reader().recent(ARTICLES, 0).forEach(i -> ids.add(i.id()));
            for (long id : ids) {
                Document stored = c.reader().document(id).orElseThrow();
                Document fresh = p.process(new Document(stored.text(), stored.metadata()));
                assertEquals(AnalysisJson.toJson(fresh), AnalysisJson.toJson(stored), "document " + id);
            }
        }
    }

    private static Process ingest(Path db, Path input) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.isnad.cli.IsnadCli", "ingest", "--db", db.toString(), "--threads", "2",
                "--stages", String.join(",", STAGES), "--progress", "lines", "--progress-interval", "100",
                input.toString());
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
