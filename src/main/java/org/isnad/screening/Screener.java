package org.isnad.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.isnad.names.CompiledName;
import org.isnad.names.NameKind;
import org.isnad.names.NameMatch;
import org.isnad.names.NameMatcher;
import org.isnad.names.NameParser;
import org.isnad.names.ParsedName;
import org.isnad.names.SimCache;

/**
 * Screens a name against a {@link ScreeningIndex}. The query is parsed and compiled once ({@link CompiledName});
 * {@link Shortlist} picks up to {@link Shortlist#SIZE} names by their shared blocking keys; each is scored by
 * {@link NameMatcher} against its name compiled at index time, with the part similarities of the query computed
 * once per distinct listed part ({@link SimCache}) and exactly only from the pair threshold up. Each entry keeps its
 * best-scoring name; explanations are written only for the candidates returned. Results are possible matches,
 * best first. Thread-safe (scratch space is per thread).
 */
public final class Screener {
    /** How many blocked names are considered at most. */
    public static final int SHORTLIST = Shortlist.SIZE;
    /** The default score from which a candidate is reported. */
    public static final double DEFAULT_THRESHOLD = 0.7;

    private final ScreeningIndex index;
    private final ThreadLocal<Work> work;

    public Screener(ScreeningIndex index) {
        this.index = index;
        this.work = ThreadLocal.withInitial(() -> new Work(index));
    }

    public ScreeningIndex index() {
        return index;
    }

    /** Per-thread scratch: the shortlist, the query's part similarities and the best score per entry. */
    private static final class Work {
        final Shortlist shortlist;
        final SimCache cache = new SimCache();
        int entries;
        int[] entry = new int[Shortlist.SIZE];
        int[] name = new int[Shortlist.SIZE];
        double[] score = new double[Shortlist.SIZE];

        Work(ScreeningIndex index) {
            shortlist = new Shortlist(index);
        }

        void offer(int e, int id, double s) {
            for (int i = 0; i < entries; i++) {
                if (entry[i] == e) {
                    if (s > score[i]) {
                        score[i] = s;
                        name[i] = id;
                    }
                    return;
                }
            }
            if (entries == entry.length) {
                entry = Arrays.copyOf(entry, entries * 2);
                name = Arrays.copyOf(name, entries * 2);
                score = Arrays.copyOf(score, entries * 2);
            }
            entry[entries] = e;
            name[entries] = id;
            score[entries] = s;
            entries++;
        }

        /** The {@code k}-th best entry score so far (k ≤ entries). */
        double best(int k) {
            double[] top = new double[k];
            int n = 0;
            for (int i = 0; i < entries; i++) {
                double x = score[i];
                if (n == k && x <= top[k - 1]) {
                    continue;
                }
                int at = n == k ? k - 1 : n++;
                while (at > 0 && top[at - 1] < x) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = x;
            }
            return top[k - 1];
        }

    }

    /** The gate that accepts every match. */
    private static final Predicate<NameMatch> ALL = m -> true;

    /** Candidates scoring at least {@code threshold}, best first, at most {@code top}. */
    public List<Candidate> screen(String query, NameKind kind, double threshold, int top) {
        return screen(query, kind, threshold, top, ALL);
    }

    /**
     * Candidates scoring at least {@code threshold} whose match {@code gate} accepts (e.g.
     * {@link EvidenceGate#passes}), best first, at most {@code top}. An entry whose best name fails the gate is left
     * out.
     */
    public List<Candidate> screen(String query, NameKind kind, double threshold, int top,
                                  Predicate<NameMatch> gate) {
        return run(query, kind, threshold, top, gate, false);
    }

    /** The same screening without blocking: every compatible name is scored (a benchmark reference). */
    public List<Candidate> screenExhaustive(String query, NameKind kind, double threshold, int top) {
        return run(query, kind, threshold, top, m -> true, true);
    }

    private List<Candidate> run(String query, NameKind kind, double threshold, int top, Predicate<NameMatch> gate,
                                boolean exhaustive) {
        ParsedName q = NameParser.DEFAULT.parse(query, kind);
        if (q.isEmpty() || index.size() == 0 || top <= 0) {
            return List.of();
        }
        CompiledName cq = CompiledName.of(q, index.weights());
        Work w = work.get();
        w.entries = 0;
        Shortlist s = w.shortlist;
        if (!exhaustive) {
            s.build(cq, kind);
        }
        int n = exhaustive ? index.size() : s.size;
        // Branch and bound: a name whose score bound is below the cut is not aligned. The cut is the threshold,
        // raised to the top-th best entry's score when every candidate is reported (no gate can drop one).
        boolean topCut = gate == ALL;
        double cut = threshold;
        for (int i = 0; i < n; i++) {
            int id = exhaustive ? i : s.ids[i];
            if (exhaustive && !Shortlist.compatible(kind, index.type(id))) {
                continue;
            }
            double score = exhaustive ? NameMatcher.score(cq, index.compiled(id), w.cache)
                    : NameMatcher.score(cq, index.compiled(id), w.cache, cut);
            if (score >= threshold) {
                w.offer(index.entryOf(id), id, score);
                if (topCut && w.entries >= top) {
                    cut = Math.max(threshold, w.best(top));
                }
            }
        }
        return results(cq, w, top, gate);
    }

    private List<Candidate> results(CompiledName cq, Work w, int top, Predicate<NameMatch> gate) {
        // best score first, then the reference; a stable insertion sort (few entries reach the threshold)
        int[] order = new int[w.entries];
        for (int i = 0; i < order.length; i++) {
            int x = i;
            int at = i;
            while (at > 0 && before(w, x, order[at - 1])) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = x;
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < order.length && out.size() < top; i++) {
            int id = w.name[order[i]];
            NameMatch m = NameMatcher.compare(cq, index.compiled(id), w.cache);
            if (gate.test(m)) {
                out.add(candidate(index.name(id), m));
            }
        }
        return out;
    }

    /** Whether entry slot {@code a} sorts strictly before slot {@code b}: higher score, then lower reference. */
    private boolean before(Work w, int a, int b) {
        int c = Double.compare(w.score[b], w.score[a]);
        return c != 0 ? c < 0 : index.name(w.name[a]).entry().reference()
                .compareTo(index.name(w.name[b]).entry().reference()) < 0;
    }

    private static Candidate candidate(ScreeningIndex.IndexedName n, NameMatch m) {
        Alias a = n.alias();
        String via = a.quality() == AliasQuality.NONE && a.name().equals(n.entry().name()) ? "primary name"
                : "alias" + (a.quality() == AliasQuality.NONE ? "" : " (" + a.quality().label() + ")")
                + (a.originalScript() ? " in original script" : "");
        String why = "possible match via " + via + ": " + m.explanation();
        return new Candidate(n.entry().reference(), n.list().id(), n.list().version(), n.entry().name(), a.name(),
                m.score(), n.entry().status(), why, n.entry().type());
    }
}
