package org.isnad.screening.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.names.NameKind;
import org.isnad.names.NameMatcher;
import org.isnad.names.NameParser;
import org.isnad.names.PartWeights;
import org.isnad.screening.EvidenceGate;

/**
 * The nomenklatura name benchmark: scores every labelled pair with Isnad's matcher and reports precision, recall
 * and F1 at a threshold, side by side with logic-v2's published scores on the same pairs.
 */
public final class NameBench {
    /** One labelled pair with both scores (logic-v2's is NaN when the scores file lacks the pair). */
    public record Scored(String schema, String name1, String name2, boolean match, double isnad, double logicV2,
                         String explanation, boolean gatePasses) {
        /** Isnad's score as the screening stage uses it: 0 when the match fails {@link EvidenceGate}. */
        public double gated() {
            return gatePasses ? isnad : 0.0;
        }
    }

    /** Precision, recall, F1 and the confusion counts. */
    public record Prf(int tp, int fp, int fn, int tn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line(String who, double threshold, int n) {
            return String.format(Locale.ROOT, "| %s | %d | %.2f | %.3f | %.3f | %.3f | %d | %d | %d | %d |",
                    who, n, threshold, precision(), recall(), f1(), tp, fp, fn, tn);
        }
    }

    private NameBench() {
    }

    public static List<Scored> score(Path cases, Path logicScores) throws IOException {
        Map<String, Double> peer = new HashMap<>();
        for (Map<String, String> r : Csv.read(logicScores)) {
            peer.put(key(r), Double.parseDouble(r.get("score")));
        }
        List<Scored> out = new ArrayList<>();
        for (Map<String, String> r : Csv.read(cases)) {
            NameKind kind = r.get("schema").equals("Person") ? NameKind.PERSON : NameKind.ORG;
            var m = NameMatcher.compare(NameParser.DEFAULT.parse(r.get("name1"), kind),
                    NameParser.DEFAULT.parse(r.get("name2"), kind), PartWeights.PRIOR);
            out.add(new Scored(r.get("schema"), r.get("name1"), r.get("name2"), r.get("is_match").equals("true"),
                    m.score(), peer.getOrDefault(key(r), Double.NaN), m.explanation(), EvidenceGate.passes(m)));
        }
        return out;
    }

    private static String key(Map<String, String> r) {
        return r.get("schema") + "\u0000" + r.get("name1") + "\u0000" + r.get("name2");
    }

    public static Prf prf(List<Scored> rows, double threshold, boolean peer) {
        return prf(rows, threshold, peer ? Scored::logicV2 : Scored::isnad);
    }

    /** Precision and recall of {@code score} at {@code threshold}. */
    public static Prf prf(List<Scored> rows, double threshold, java.util.function.ToDoubleFunction<Scored> score) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (Scored s : rows) {
            boolean predicted = score.applyAsDouble(s) >= threshold;
            if (predicted && s.match()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (s.match()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Prf(tp, fp, fn, tn);
    }

    /** Prints the table; {@code verbose} adds every wrong decision with its explanation. */
    public static void report(Path cases, Path logicScores, double threshold, boolean verbose, PrintStream out)
            throws IOException {
        List<Scored> all = score(cases, logicScores);
        List<Scored> both = all.stream().filter(s -> !Double.isNaN(s.logicV2())).toList();
        out.println("| matcher | pairs | threshold | precision | recall | F1 | TP | FP | FN | TN |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        out.println(prf(both, 0.7, true).line("logic-v2 (published scores)", 0.7, both.size()));
        out.println(prf(both, threshold, false).line("isnad", threshold, both.size()));
        out.println(prf(all, threshold, false).line("isnad, all cases", threshold, all.size()));
        out.println(prf(both, threshold, Scored::gated).line("isnad + evidence gate (analyze stage)", threshold,
                both.size()));
        out.println();
        out.println("isnad F1 by threshold (pairs scored by both):");
        for (int i = 10; i <= 19; i++) {
            double t = i * 0.05;
            out.printf(Locale.ROOT, "  %.2f  F1 %.3f%n", t, prf(both, t, false).f1());
        }
        if (verbose) {
            for (Scored s : all) {
                boolean predicted = s.isnad() >= threshold;
                if (predicted != s.match()) {
                    out.printf(Locale.ROOT, "%s %s | %s | %s | isnad %.3f | logic-v2 %.3f | %s%n",
                            predicted ? "FP" : "FN", s.schema(), s.name1(), s.name2(), s.isnad(), s.logicV2(),
                            s.explanation());
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        report(Path.of(args[0]), Path.of(args[1]), args.length > 2 ? Double.parseDouble(args[2]) : 0.7,
                args.length > 3, System.out);
    }
}
