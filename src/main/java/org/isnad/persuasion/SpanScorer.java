package org.isnad.persuasion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Span-level scoring with partial-overlap credit after the ArAIEval-2024 (and SemEval-2020 task 11) modified
 * micro-F1. For a technique t, a predicted span s earns |s ∩ G| / |s|, where G is the union of the gold spans of t in
 * the same paragraph; a gold span g earns |g ∩ S| / |g|, S being the union of the predicted spans of t. Precision is
 * the summed credit over the number of predicted spans, recall over the number of gold spans; micro figures sum
 * credits and counts over all scored techniques. Taking unions (rather than summing over every pair) keeps each
 * span's credit at most 1 when gold spans of one technique overlap; otherwise the two are the same.
 */
public final class SpanScorer {
    private SpanScorer() {
    }

    /** Precision, recall, F1 and counts of one technique or of all. */
    public record Score(double precision, double recall, double f1, int gold, int predicted) {
        static Score of(double pCredit, int nPred, double rCredit, int nGold) {
            double p = nPred == 0 ? 0 : pCredit / nPred;
            double r = nGold == 0 ? 0 : rCredit / nGold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Score(p, r, f, nGold, nPred);
        }
    }

    /** The micro score and one score per technique. */
    public record Result(Score micro, Map<String, Score> perTechnique) {
    }

    /** Scores predictions against gold over the given techniques; spans of other techniques are left out. */
    public static Result score(Collection<LabeledSpan> gold, Collection<LabeledSpan> predicted, Set<String> techniques) {
        Map<String, List<LabeledSpan>> g = group(gold, techniques);
        Map<String, List<LabeledSpan>> p = group(predicted, techniques);
        Map<String, double[]> acc = new TreeMap<>(); // technique → pCredit, nPred, rCredit, nGold
        for (String t : techniques) {
            acc.put(t, new double[4]);
        }
        for (Map.Entry<String, List<LabeledSpan>> e : p.entrySet()) {
            double[] a = acc.get(e.getValue().get(0).technique());
            List<LabeledSpan> against = g.getOrDefault(e.getKey(), List.of());
            for (LabeledSpan s : e.getValue()) {
                a[0] += covered(s, against) / (double) s.length();
                a[1]++;
            }
        }
        for (Map.Entry<String, List<LabeledSpan>> e : g.entrySet()) {
            double[] a = acc.get(e.getValue().get(0).technique());
            List<LabeledSpan> against = p.getOrDefault(e.getKey(), List.of());
            for (LabeledSpan s : e.getValue()) {
                a[2] += covered(s, against) / (double) s.length();
                a[3]++;
            }
        }
        Map<String, Score> per = new TreeMap<>();
        double[] tot = new double[4];
        for (Map.Entry<String, double[]> e : acc.entrySet()) {
            double[] a = e.getValue();
            per.put(e.getKey(), Score.of(a[0], (int) a[1], a[2], (int) a[3]));
            for (int i = 0; i < 4; i++) {
                tot[i] += a[i];
            }
        }
        return new Result(Score.of(tot[0], (int) tot[1], tot[2], (int) tot[3]), per);
    }

    /** Spans grouped by paragraph and technique (key "doc\ttechnique"). */
    private static Map<String, List<LabeledSpan>> group(Collection<LabeledSpan> spans, Set<String> techniques) {
        Map<String, List<LabeledSpan>> m = new HashMap<>();
        for (LabeledSpan s : spans) {
            if (techniques.contains(s.technique())) {
                m.computeIfAbsent(s.doc() + "\t" + s.technique(), k -> new ArrayList<>()).add(s);
            }
        }
        return m;
    }

    /** How many characters of s lie inside the union of the others. */
    static int covered(LabeledSpan s, List<LabeledSpan> others) {
        boolean[] in = new boolean[s.length()];
        for (LabeledSpan o : others) {
            for (int i = Math.max(s.start(), o.start()); i < Math.min(s.end(), o.end()); i++) {
                in[i - s.start()] = true;
            }
        }
        int n = 0;
        for (boolean b : in) {
            if (b) {
                n++;
            }
        }
        return n;
    }
}
