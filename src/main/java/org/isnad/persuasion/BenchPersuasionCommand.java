package org.isnad.persuasion;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.isnad.cli.ExitCodes;
import org.isnad.doc.Document;
import org.isnad.json.AnalysisJson;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad bench persuasion}: runs the default pipeline over the same articles in rounds after a warm-up pass,
 * timing for every document the stages before persuasion and then the persuasion and profile stages on the same
 * document, and prints the median milliseconds per document of each part and the share the two stages add.
 * Timing both parts inside one pass over the same documents keeps machine load from falling on one side only.
 * Single-threaded.
 */
@Command(name = "persuasion", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Time the pipeline with and without the persuasion and profile stages.")
public final class BenchPersuasionCommand implements Callable<Integer> {
    static final List<String> OWN = List.of("persuasion", "profile");

    @Option(names = "--articles", defaultValue = "../shared/data/news/ant-multisource/articles-001.jsonl.gz",
            paramLabel = "FILE", description = "JSON Lines (optionally .gz) with a text field (default: ${DEFAULT-VALUE})")
    Path articles;

    @Option(names = "--limit", defaultValue = "300", description = "articles to use (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--rounds", defaultValue = "5", description = "timed rounds per pipeline (default: ${DEFAULT-VALUE})")
    int rounds;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (limit < 1 || limit > 100_000 || rounds < 1 || rounds > 100) {
            err.println("isnad: --limit must be 1..100000 and --rounds 1..100");
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(articles)) {
            err.println("isnad: no such file: " + articles);
            return ExitCodes.IO;
        }
        List<String> texts = read(articles, limit);
        if (texts.isEmpty()) {
            err.println("isnad: no articles with text in " + articles);
            return ExitCodes.BAD_INPUT;
        }
        List<String> all = StageCatalog.DEFAULT_STAGES;
        List<String> base = all.stream().filter(s -> !OWN.contains(s)).toList();
        List<String> own = all.stream().filter(OWN::contains).toList();
        List<Pipeline> parts = new ArrayList<>();
        parts.add(StageCatalog.build(base, PipelineConfig.defaults()));
        own.forEach(s -> parts.add(StageCatalog.build(List.of(s), PipelineConfig.defaults())));
        double[][] times = new double[parts.size()][rounds];
        run(parts, texts, new double[parts.size()]);
        for (int r = 0; r < rounds; r++) {
            double[] t = new double[parts.size()];
            run(parts, texts, t);
            for (int k = 0; k < t.length; k++) {
                times[k][r] = t[k];
            }
        }
        double ma = median(times[0]);
        double mb = 0;
        StringBuilder each = new StringBuilder();
        for (int k = 1; k < parts.size(); k++) {
            double m = median(times[k]);
            mb += m;
            each.append(String.format(Locale.ROOT, " %s %.3f", own.get(k - 1), m));
        }
        long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "articles: %d (%d words) from %s, %d rounds, median %s per document%n",
                texts.size(), words, articles, rounds, CPU_TIME ? "thread CPU time" : "wall time");
        out.printf(Locale.ROOT, "without [%s]: %.3f ms/doc%n", String.join(",", base), ma);
        out.printf(Locale.ROOT, "added   [%s]: %.3f ms/doc (%s)%n", String.join(",", own), mb, each.toString().strip());
        out.printf(Locale.ROOT, "persuasion+profile: %+.3f ms/doc (%+.1f%%)%n", mb, 100 * mb / ma);
        return ExitCodes.OK;
    }

    /**
     * One pass over every text: milliseconds per document spent in each part, in order, on the same document. The
     * thread's CPU time is used when the JVM offers it (wall time otherwise), so that time the thread waits for a core
     * on a shared machine is not charged to whichever stage happened to be running.
     */
    private static void run(List<Pipeline> parts, List<String> texts, double[] out) {
        long[] ns = new long[parts.size()];
        int i = 0;
        for (String t : texts) {
            Document d = Document.of("b" + i++, t);
            for (int k = 0; k < ns.length; k++) {
                long t0 = now();
                parts.get(k).process(d);
                ns[k] += now() - t0;
            }
        }
        for (int k = 0; k < ns.length; k++) {
            out[k] = ns[k] / 1e6 / texts.size();
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    private static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static List<String> read(Path file, int limit) throws IOException {
        List<String> out = new ArrayList<>();
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && out.size() < limit) {
                if (line.isBlank() || line.length() > 2_000_000) {
                    continue;
                }
                JsonNode n;
                try {
                    n = AnalysisJson.MAPPER.readTree(line);
                } catch (IOException e) {
                    continue; // a bad line is skipped: the bench measures speed, not input hygiene
                }
                String text = n.path("text").asText("");
                if (!text.isBlank()) {
                    out.add(text);
                }
            }
        }
        return out;
    }
}
