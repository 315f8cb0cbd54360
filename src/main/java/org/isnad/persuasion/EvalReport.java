package org.isnad.persuasion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.isnad.json.AnalysisJson;

/** Renders {@link SpanScorer} results as the eval command's JSON and text table. */
final class EvalReport {
    private EvalReport() {
    }

    static ObjectNode json(SpanScorer.Result r) {
        ObjectNode n = AnalysisJson.MAPPER.createObjectNode();
        n.put("micro_f1", round(r.micro().f1())).put("precision", round(r.micro().precision()))
                .put("recall", round(r.micro().recall())).put("gold_spans", r.micro().gold())
                .put("predicted_spans", r.micro().predicted());
        ObjectNode per = n.putObject("per_technique");
        for (Map.Entry<String, SpanScorer.Score> e : r.perTechnique().entrySet()) {
            SpanScorer.Score s = e.getValue();
            per.putObject(e.getKey()).put("precision", round(s.precision())).put("recall", round(s.recall()))
                    .put("f1", round(s.f1())).put("gold", s.gold()).put("predicted", s.predicted());
        }
        return n;
    }

    static String table(SpanScorer.Result sys, SpanScorer.Result base) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-34s %6s %6s %6s %6s %6s%s%n", "technique", "gold", "pred", "P", "R", "F1",
                base == null ? "" : "  random-F1"));
        for (Map.Entry<String, SpanScorer.Score> e : sys.perTechnique().entrySet()) {
            SpanScorer.Score s = e.getValue();
            if (s.gold() == 0 && s.predicted() == 0) {
                continue;
            }
            b.append(row(e.getKey(), s, base == null ? null : base.perTechnique().get(e.getKey())));
        }
        b.append(row("MICRO (modified, partial overlap)", sys.micro(), base == null ? null : base.micro()));
        return b.toString();
    }

    private static String row(String name, SpanScorer.Score s, SpanScorer.Score base) {
        return String.format(Locale.ROOT, "%-34s %6d %6d %6.3f %6.3f %6.3f%s%n", name, s.gold(), s.predicted(),
                s.precision(), s.recall(), s.f1(), base == null ? "" : String.format(Locale.ROOT, "  %9.3f", base.f1()));
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
