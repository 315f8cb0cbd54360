package org.isnad.ner;

import java.util.Map;
import java.util.TreeMap;

/**
 * Exact-span chunk counts, overall and per type, with precision, recall and F1 as conlleval computes them.
 */
public final class NerScores {
    /** Counts of one type (or of all). */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 0 : 100.0 * truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 0 : 100.0 * truePositives / d;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(int tp, int fp, int fn) {
            return new Counts(truePositives + tp, falsePositives + fp, falseNegatives + fn);
        }
    }

    private final Map<String, Counts> perType = new TreeMap<>();
    private Counts all = new Counts(0, 0, 0);

    /** Adds one sentence's gold and predicted chunks (types already in the scored tag set). */
    public void add(java.util.List<Chunk> gold, java.util.List<Chunk> predicted) {
        java.util.Set<Chunk> g = new java.util.HashSet<>(gold);
        java.util.Set<Chunk> p = new java.util.HashSet<>(predicted);
        for (Chunk c : predicted) {
            boolean hit = g.contains(c);
            count(c.type(), hit ? 1 : 0, hit ? 0 : 1, 0);
        }
        for (Chunk c : gold) {
            if (!p.contains(c)) {
                count(c.type(), 0, 0, 1);
            }
        }
    }

    private void count(String type, int tp, int fp, int fn) {
        perType.merge(type, new Counts(tp, fp, fn), (a, b) -> a.plus(b.truePositives, b.falsePositives,
                b.falseNegatives));
        all = all.plus(tp, fp, fn);
    }

    public Counts micro() {
        return all;
    }

    public Map<String, Counts> perType() {
        return Map.copyOf(perType);
    }
}
