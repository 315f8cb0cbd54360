package org.isnad.attribution;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.cli.ExitCodes;
import org.isnad.doc.Document;
import org.isnad.json.AnalysisJson;
import org.isnad.model.Layers;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad eval attribution --gold FILE [--json] [--errors] [--no-baseline]}: runs every gold paragraph as its own
 * document through tokens, sentences, ner (when the catalogue has it) and attribution, scores it with
 * {@link AttributionScorer}, and prints the scores side by side with the cue-list {@link BaselineExtractor} measured
 * in the same run, plus the mean time per document.
 */
@Command(name = "attribution", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Score attribution extraction against a gold JSONL file (shared/specs/attribution-annotation.md).")
public final class EvalAttributionCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold JSONL file")
    Path gold;

    @Option(names = "--json", description = "print one JSON object (system scores at top level, baseline nested)")
    boolean json;

    @Option(names = "--errors", description = "also list missed, spurious and partial attributions (on stderr)")
    boolean errors;

    @Option(names = "--no-baseline", description = "skip the cue-list baseline")
    boolean noBaseline;

    @Option(names = "--warmup", defaultValue = "0", paramLabel = "N",
            description = "run the pipeline N times over the file before the timed, scored pass (default: 0)")
    int warmup;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (!Files.isRegularFile(gold)) {
            err.println("isnad: gold file not found: " + gold);
            return ExitCodes.IO;
        }
        List<GoldRecord> records;
        try {
            records = GoldRecord.read(gold);
        } catch (IllegalArgumentException e) {
            err.println("isnad: bad gold file " + gold + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (records.isEmpty()) {
            err.println("isnad: gold file has no records: " + gold);
            return ExitCodes.BAD_INPUT;
        }
        if (warmup < 0 || warmup > 100) {
            err.println("isnad: --warmup must be between 0 and 100");
            return ExitCodes.USAGE;
        }
        Evaluation ev = evaluate(records, !noBaseline, warmup);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            var node = AnalysisJson.MAPPER.valueToTree(ev.system());
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("ms_per_document", ev.msPerDocument());
            if (ev.baseline() != null) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) node).set("baseline",
                        AnalysisJson.MAPPER.valueToTree(ev.baseline()));
            }
            out.println(AnalysisJson.MAPPER.writeValueAsString(node));
        } else {
            out.println(table(ev));
        }
        if (errors) {
            ev.errors().forEach(err::println);
        }
        return ExitCodes.OK;
    }

    /** Scores of the system and (optionally) the baseline on the same records. */
    public record Evaluation(Map<String, Number> system, Map<String, Number> baseline, double msPerDocument,
                             List<String> errors) {
    }

    /** Runs the pipeline (and the baseline) on every record and scores them. */
    public static Evaluation evaluate(List<GoldRecord> records, boolean withBaseline) {
        return evaluate(records, withBaseline, 0);
    }

    /** As above, after {@code warmup} untimed passes of the pipeline over the records (to time warm code). */
    public static Evaluation evaluate(List<GoldRecord> records, boolean withBaseline, int warmup) {
        List<String> stages = new ArrayList<>(List.of("tokens", "sentences"));
        if (StageCatalog.names().contains("ner")) {
            stages.add("ner");
        }
        stages.add("attribution");
        Pipeline pipeline = StageCatalog.build(stages, PipelineConfig.defaults());
        Pipeline tokens = StageCatalog.build(List.of("tokens", "sentences"), PipelineConfig.defaults());
        BaselineExtractor baseline = new BaselineExtractor();
        AttributionScorer sys = new AttributionScorer();
        AttributionScorer base = new AttributionScorer();
        for (int w = 0; w < warmup; w++) {
            for (GoldRecord r : records) {
                pipeline.process(Document.of(r.id(), r.text()));
            }
        }
        long nanos = 0;
        for (GoldRecord r : records) {
            Document doc = Document.of(r.id(), r.text());
            long t0 = System.nanoTime();
            pipeline.process(doc);
            nanos += System.nanoTime() - t0;
            sys.add(doc, r.attributions(), doc.get(Layers.ATTRIBUTIONS));
            if (withBaseline) {
                Document bdoc = tokens.process(Document.of(r.id(), r.text()));
                base.add(bdoc, r.attributions(), baseline.extract(bdoc));
            }
        }
        return new Evaluation(sys.scores(), withBaseline ? base.scores() : null, nanos / 1e6 / records.size(),
                sys.errors());
    }

    static String table(Evaluation ev) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-22s %10s %10s%n", "metric", "isnad", ev.baseline() == null ? "" : "baseline"));
        for (Map.Entry<String, Number> e : ev.system().entrySet()) {
            Number b = ev.baseline() == null ? null : ev.baseline().get(e.getKey());
            sb.append(String.format("%-22s %10s %10s%n", e.getKey(), fmt(e.getValue()), b == null ? "" : fmt(b)));
        }
        sb.append(String.format("%-22s %10.3f%n", "ms_per_document", ev.msPerDocument()));
        return sb.toString().stripTrailing();
    }

    private static String fmt(Number n) {
        return n instanceof Double d ? String.format("%.3f", d) : String.valueOf(n);
    }
}
