package org.isnad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.isnad.json.AnalysisJson;
import org.isnad.ner.Corpus;
import org.isnad.ner.CorpusFormat;
import org.isnad.ner.CorpusReader;
import org.isnad.ner.NerEvaluator;
import org.isnad.ner.NerModel;
import org.isnad.ner.NerScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad eval ner}: exact-span precision, recall and F1 of a NER model on an ANERcorp-style CoNLL file. */
@Command(name = "ner", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Score a NER model on CoNLL 'token TAG' data in the ANERcorp tag set (PERS/LOC/ORG/MISC, IOB2).")
public final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--test", required = true, paramLabel = "FILE", description = "the test file")
    Path test;

    @Option(names = "--model", paramLabel = "MODEL", description = "a model file (default: the shipped model)")
    Optional<Path> model;

    @Option(names = "--nn-mix", split = ",", paramLabel = "SECOND,FIRST",
            description = "for a model with a network: score it with these weights of the second and first "
                    + "perceptron passes beside the network instead of its own (for choosing them on held-out data)")
    java.util.List<Float> nnMix = new java.util.ArrayList<>();

    @Option(names = "--json", description = "print the scores as JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        return IoErrors.run(err -> {
            NerModel m = model.isPresent() ? NerModel.load(model.get()) : NerModel.loadDefault();
            if (!nnMix.isEmpty()) {
                if (!m.hasNetwork() || nnMix.size() != 2) {
                    throw new IllegalArgumentException("--nn-mix needs a model with a network and two weights");
                }
                m = m.withNetworkMix(new NerModel.NetMix(nnMix.get(0), nnMix.get(1)));
            }
            Corpus c = new CorpusReader(CorpusFormat.ANERCORP).read(test);
            if (c.tokens() == 0) {
                err.println("isnad: " + test + " holds no tokens");
                return ExitCodes.BAD_INPUT;
            }
            NerEvaluator.Result r = NerEvaluator.evaluate(m, c);
            if (json) {
                out.println(AnalysisJson.MAPPER.writeValueAsString(toJson(r)));
            } else {
                print(out, r, c);
            }
            return ExitCodes.OK;
        });
    }

    private static ObjectNode toJson(NerEvaluator.Result r) {
        ObjectNode o = AnalysisJson.MAPPER.createObjectNode();
        NerScores.Counts all = r.scores().micro();
        o.put("precision", round(all.precision()));
        o.put("recall", round(all.recall()));
        o.put("f1", round(all.f1()));
        ObjectNode per = o.putObject("per_type");
        for (Map.Entry<String, NerScores.Counts> e : new TreeMap<>(r.scores().perType()).entrySet()) {
            ObjectNode t = per.putObject(e.getKey());
            t.put("precision", round(e.getValue().precision()));
            t.put("recall", round(e.getValue().recall()));
            t.put("f1", round(e.getValue().f1()));
            t.put("gold", e.getValue().truePositives() + e.getValue().falseNegatives());
            t.put("predicted", e.getValue().truePositives() + e.getValue().falsePositives());
        }
        o.put("tokens", r.tokens());
        o.put("tokens_per_second", Math.round(r.tokensPerSecond()));
        return o;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void print(PrintStream out, NerEvaluator.Result r, Corpus c) {
        out.printf("%-6s %7s %7s %7s %6s %6s%n", "type", "P", "R", "F1", "gold", "pred");
        for (Map.Entry<String, NerScores.Counts> e : new TreeMap<>(r.scores().perType()).entrySet()) {
            row(out, e.getKey(), e.getValue());
        }
        row(out, "all", r.scores().micro());
        out.printf("%d tokens, %d sentences, %d noisy tags read as O; tagging %.0f tokens/s"
                + " (one thread, CPU time, after warm-up)%n", r.tokens(),
                c.sentences().size(), c.noisyCount(), r.tokensPerSecond());
    }

    private static void row(PrintStream out, String name, NerScores.Counts c) {
        out.printf("%-6s %7.2f %7.2f %7.2f %6d %6d%n", name, c.precision(), c.recall(), c.f1(),
                c.truePositives() + c.falseNegatives(), c.truePositives() + c.falsePositives());
    }
}
