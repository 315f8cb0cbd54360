package org.isnad.relations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.cli.ExitCodes;
import org.isnad.model.Argument;
import org.isnad.model.Relation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad eval relations --gold FILE [--json]}: precision, recall and F1 per relation type and overall, for
 * the extractor and the trigger baseline side by side (the gold format and the matching rule are in
 * docs/relations.md).
 */
@Command(name = "relations", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Evaluate relation extraction on a JSONL gold file (extractor and trigger baseline).")
public final class RelationsEvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold JSONL file")
    Path gold;

    @Option(names = "--json", description = "print the scores as JSON")
    boolean json;

    @Option(names = "--claims", defaultValue = "pipeline",
            description = "pipeline (the attribution stage's claims) or sentence (one outlet claim per sentence)")
    String claims;

    @Option(names = "--no-ner", description = "do not run the NER stage (patterns and lexicons only)")
    boolean noNer;

    @Option(names = "--errors", description = "list missed and spurious relations per paragraph on stderr")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (!Files.isRegularFile(gold)) {
            err.println("isnad: gold file not found: " + gold);
            return ExitCodes.IO;
        }
        RelationEvaluation.ClaimMode mode;
        try {
            mode = RelationEvaluation.ClaimMode.valueOf(claims.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("isnad: --claims must be pipeline or sentence, not '" + claims + "'");
            return ExitCodes.USAGE;
        }
        RelationGold.Loaded loaded = RelationGold.read(gold);
        loaded.errors().forEach(e -> err.println("isnad: bad record " + e));
        if (loaded.docs().isEmpty()) {
            err.println("isnad: no usable records in " + gold);
            return ExitCodes.BAD_INPUT;
        }
        RelationEvaluation ev = new RelationEvaluation(mode, !noNer);
        for (RelationGold.Doc d : loaded.docs()) {
            List<Relation> sys = ev.add(d);
            if (errors) {
                report(err, d, sys);
            }
        }
        if (json) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("gold", gold.toString()).put("paragraphs", loaded.docs().size())
                    .put("claims", ev.claimMode().name().toLowerCase(java.util.Locale.ROOT));
            root.putPOJO("stages", ev.stages());
            root.set("system", scores(ev.system()));
            root.set("baseline", scores(ev.baseline()));
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            out.printf("gold %s: %d paragraphs; stages %s; claims %s%n", gold, loaded.docs().size(), ev.stages(),
                    ev.claimMode().name().toLowerCase(java.util.Locale.ROOT));
            out.printf("%-12s %5s %5s %5s | %6s %6s %6s | %6s %6s %6s | %s%n", "type", "gold", "sys", "tp", "P", "R",
                    "F1", "baseP", "baseR", "baseF1", "args");
            for (String type : RelationTypes.TYPES) {
                line(out, type, ev.system().counts().get(type), ev.baseline().counts().get(type));
            }
            line(out, "ALL", ev.system().total(), ev.baseline().total());
        }
        return loaded.errors().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    private static void line(PrintStream out, String type, RelationScorer.Counts c, RelationScorer.Counts b) {
        RelationScorer.Counts s = c == null ? new RelationScorer.Counts() : c;
        RelationScorer.Counts base = b == null ? new RelationScorer.Counts() : b;
        out.printf("%-12s %5d %5d %5d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %d/%d%n", type, s.tp + s.fn,
                s.tp + s.fp, s.tp, s.precision(), s.recall(), s.f1(), base.precision(), base.recall(), base.f1(),
                s.argCorrect, s.argTotal);
    }

    private static ObjectNode scores(RelationScorer sc) {
        ObjectNode n = new ObjectMapper().createObjectNode();
        for (Map.Entry<String, RelationScorer.Counts> e : sc.counts().entrySet()) {
            n.set(e.getKey(), counts(e.getValue()));
        }
        n.set("ALL", counts(sc.total()));
        return n;
    }

    private static ObjectNode counts(RelationScorer.Counts c) {
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("tp", c.tp).put("fp", c.fp).put("fn", c.fn).put("precision", round(c.precision()))
                .put("recall", round(c.recall())).put("f1", round(c.f1())).put("arguments_total", c.argTotal)
                .put("arguments_correct", c.argCorrect);
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static void report(PrintStream err, RelationGold.Doc d, List<Relation> sys) {
        boolean[] used = new boolean[sys.size()];
        for (RelationGold.Rel g : d.relations()) {
            int hit = -1;
            for (int i = 0; i < sys.size() && hit < 0; i++) {
                if (!used[i] && RelationScorer.matches(g, sys.get(i))) {
                    hit = i;
                }
            }
            if (hit >= 0) {
                used[hit] = true;
            } else {
                err.println(d.id() + " MISS " + g.type() + " " + g.arguments());
            }
        }
        for (int i = 0; i < sys.size(); i++) {
            if (!used[i]) {
                Relation r = sys.get(i);
                err.println(d.id() + " SPURIOUS " + r.type() + " " + r.arguments().stream()
                        .map(a -> a.role() + "=" + a.text()).toList() + " " + r.attributes().get("pattern"));
            }
        }
        for (Relation r : sys) {
            err.println(d.id() + "   got " + r.type() + " " + r.arguments().stream().map(Argument::role)
                    .map(x -> x).toList().size() + " " + r.arguments().stream().map(a -> a.role() + "=" + a.text())
                    .toList());
        }
    }
}
