package org.isnad.relations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.isnad.cli.ExitCodes;
import org.isnad.doc.Document;
import org.isnad.model.Layers;
import org.isnad.model.Relation;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad bench relations}: the per-document time of the default pipeline with and without the relations
 * stage on real news articles, in the same run (alternating rounds after a warm-up), and the relations found.
 */
@Command(name = "relations", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Per-document pipeline time with and without the relations stage on news articles.")
public final class BenchRelationsCommand implements Callable<Integer> {
    @Option(names = "--file", paramLabel = "FILE", defaultValue = "../shared/data/news/ant-multisource/articles-001.jsonl.gz",
            description = "gzip JSON Lines of articles with a 'text' field; default: ${DEFAULT-VALUE}")
    Path file;

    @Option(names = "--docs", defaultValue = "300", description = "articles to use; default: ${DEFAULT-VALUE}")
    int docs;

    @Option(names = "--rounds", defaultValue = "3", description = "timed rounds per pipeline; default: ${DEFAULT-VALUE}")
    int rounds;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.isRegularFile(file)) {
            System.err.println("isnad: articles file not found: " + file);
            return ExitCodes.IO;
        }
        List<String> texts = read(file, docs);
        List<String> with = StageCatalog.DEFAULT_STAGES;
        List<String> without = with.stream().filter(s -> !s.equals("relations")).toList();
        Pipeline a = StageCatalog.build(without, PipelineConfig.defaults());
        Pipeline b = StageCatalog.build(with, PipelineConfig.defaults());
        RelationExtractor alone = new RelationExtractor();
        run(a, texts);
        run(b, texts);
        long ta = 0;
        long tb = 0;
        for (int r = 0; r < rounds; r++) {
            ta += run(a, texts);
            tb += run(b, texts);
        }
        List<Document> analysed = new ArrayList<>();
        for (String t : texts) {
            analysed.add(a.process(Document.of("d", t)));
        }
        long t0 = System.nanoTime();
        Map<String, Integer> byType = new TreeMap<>();
        int total = 0;
        for (int r = 0; r < rounds; r++) {
            for (Document d : analysed) {
                List<Relation> rs = alone.extract(d);
                if (r == 0) {
                    total += rs.size();
                    rs.forEach(x -> byType.merge(x.type(), 1, Integer::sum));
                }
            }
        }
        long tr = System.nanoTime() - t0;
        double n = (double) texts.size() * rounds;
        double msA = ta / n / 1e6;
        double msB = tb / n / 1e6;
        out.printf("articles %d from %s, %d timed rounds each, 1 thread%n", texts.size(), file, rounds);
        out.printf("pipeline without relations %s: %.3f ms/doc%n", without, msA);
        out.printf("pipeline with relations    %s: %.3f ms/doc%n", with, msB);
        out.printf("relations stage alone (on the analysed documents): %.3f ms/doc = %.1f%% of the pipeline without it%n",
                tr / n / 1e6, 100 * tr / n / 1e6 / msA);
        out.printf("end-to-end overhead: %+.1f%%%n", 100 * (msB - msA) / msA);
        out.printf("relations found: %d (%.2f per article) %s%n", total, total / (double) texts.size(), byType);
        return ExitCodes.OK;
    }

    private static long run(Pipeline p, List<String> texts) {
        long t0 = System.nanoTime();
        for (String t : texts) {
            p.process(Document.of("d", t));
        }
        return System.nanoTime() - t0;
    }

    static List<String> read(Path f, int max) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<String> out = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && out.size() < max) {
                JsonNode n = m.readTree(line);
                String t = n.path("text").asText("");
                if (t.length() > 200 && t.length() < 20_000) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
