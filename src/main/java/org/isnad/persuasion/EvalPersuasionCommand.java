package org.isnad.persuasion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.isnad.cli.ExitCodes;
import org.isnad.doc.Document;
import org.isnad.json.AnalysisJson;
import org.isnad.model.Layers;
import org.isnad.model.PersuasionSpan;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad eval persuasion --gold FILE [--json]}: runs the persuasion detector on every paragraph of a span-labelled
 * file (ArMPro's JSON Lines) and prints span-level precision, recall and F1 per technique and overall with partial
 * overlap credit ({@link SpanScorer}), beside a seeded random baseline scored the same way in the same run.
 */
@Command(name = "persuasion", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Score the persuasion-technique detector on a span-labelled JSONL file (ArMPro format).")
public final class EvalPersuasionCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold JSONL (paragraph, labels)")
    Path gold;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    @Option(names = "--baseline", defaultValue = "random", description = "random or none (default: ${DEFAULT-VALUE})")
    String baseline;

    @Option(names = "--seed", defaultValue = "2024", description = "seed of the random baseline (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--predictions", paramLabel = "FILE", description = "also write the predicted spans as JSONL")
    Path predictionsOut;

    @Override
    public Integer call() throws IOException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (!baseline.equals("random") && !baseline.equals("none")) {
            err.println("isnad: --baseline must be random or none");
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(gold)) {
            err.println("isnad: no such file: " + gold);
            return ExitCodes.IO;
        }
        List<GoldParagraph> paragraphs;
        try {
            paragraphs = GoldParagraph.read(gold);
        } catch (GoldParagraph.BadGoldException e) {
            err.println("isnad: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Pipeline pipeline = StageCatalog.build(List.of("tokens", "sentences", "persuasion"), PipelineConfig.defaults());
        List<LabeledSpan> goldSpans = new ArrayList<>();
        List<LabeledSpan> predicted = new ArrayList<>();
        Set<String> scored = new LinkedHashSet<>(Techniques.armpro());
        for (GoldParagraph p : paragraphs) {
            goldSpans.addAll(p.labels());
            p.labels().forEach(l -> scored.add(l.technique()));
            Document doc = pipeline.process(Document.of(p.id(), p.text()));
            for (PersuasionSpan s : doc.get(Layers.PERSUASION)) {
                if (!s.span().isEmpty()) {
                    predicted.add(new LabeledSpan(p.id(), s.technique(), s.span().start(), s.span().end()));
                }
            }
        }
        if (predictionsOut != null) {
            writePredictions(paragraphs, predicted);
        }
        SpanScorer.Result system = SpanScorer.score(goldSpans, predicted, scored);
        SpanScorer.Result base = baseline.equals("random")
                ? SpanScorer.score(goldSpans, new RandomBaseline(seed).predict(paragraphs), scored) : null;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            ObjectNode root = EvalReport.json(system);
            root.put("gold", gold.toString()).put("paragraphs", paragraphs.size());
            root.put("unscored_predictions", predicted.stream().filter(s -> !scored.contains(s.technique())).count());
            if (base != null) {
                root.set("baseline", EvalReport.json(base).put("name", "random").put("seed", seed));
            }
            out.println(AnalysisJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            out.println("gold: " + gold + " (" + paragraphs.size() + " paragraphs)");
            out.print(EvalReport.table(system, base));
        }
        return ExitCodes.OK;
    }

    private void writePredictions(List<GoldParagraph> paragraphs, List<LabeledSpan> predicted) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(predictionsOut, StandardCharsets.UTF_8))) {
            Map<String, List<LabeledSpan>> byDoc = new java.util.HashMap<>();
            predicted.forEach(s -> byDoc.computeIfAbsent(s.doc(), k -> new ArrayList<>()).add(s));
            for (GoldParagraph p : paragraphs) {
                ObjectNode n = AnalysisJson.MAPPER.createObjectNode().put("paragraph_id", p.id()).put("paragraph", p.text());
                var arr = n.putArray("labels");
                for (LabeledSpan s : byDoc.getOrDefault(p.id(), List.of())) {
                    arr.addObject().put("technique", s.technique()).put("start", s.start()).put("end", s.end())
                            .put("text", p.text().substring(s.start(), s.end()));
                }
                w.println(AnalysisJson.MAPPER.writeValueAsString(n));
            }
        }
    }
}
