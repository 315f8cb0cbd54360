package org.isnad.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores two parsed names part by part. Parts are aligned greedily, best pair first, in any order; a pair counts
 * if its similarity reaches {@link #PART_THRESHOLD}. The score is
 * <pre>  Σ sim·w / (Σ w + CONFLICT·min(Ua, Ub) + EXTRA·|Ua − Ub|)</pre>
 * where w is the mean weight of a pair's parts ({@link PartWeights}) and Ua, Ub the weights of the unmatched parts
 * of each side (name parts count at least {@link #UNMATCHED_FLOOR}: a different given name is evidence against
 * however common it is). Parts missing on one side only (a dropped middle name) cost little; parts that differ on
 * both sides (a different father) cost a lot. If either name has a bin/ibn chain and the aligned names appear in
 * swapped order (MUHAMMAD BIN SALMAN vs SALMAN BIN MUHAMMAD) the score is multiplied by {@link #SWAP_FACTOR}; other
 * reorderings that are not a rotation (family name moved to the front) by {@link #REORDER_FACTOR}. When the
 * matched weight Σ w is below {@link #MIN_EVIDENCE} the score is scaled by Σ w / MIN_EVIDENCE.
 */
public final class NameMatcher {
    public static final double PART_THRESHOLD = 0.65;
    /** Least similarity for a run of parts written as one word ("PolPot" ~ "Pol Pot"). */
    public static final double RUN_THRESHOLD = 0.85;
    public static final double CONFLICT = 1.5;
    public static final double EXTRA = 0.35;
    public static final double UNMATCHED_FLOOR = 0.6;
    public static final double SWAP_FACTOR = 0.5;
    /** Matched weight below which the score is scaled down: two generic names (Muhammad, Salman) prove little. */
    public static final double MIN_EVIDENCE = 0.9;
    public static final double REORDER_FACTOR = 0.9;
    /** A rotation (family name first) is normal, but the written order wins a tie. */
    public static final double ROTATION_FACTOR = 0.98;

    private NameMatcher() {
    }

    /** The score alone, without building the explanation (for shortlists). */
    public static double score(ParsedName q, ParsedName c, PartWeights weights) {
        return compare(q, c, weights, false, null).score();
    }

    /** The score alone, reusing part comparisons of the same query kept in {@code cache}. */
    public static double score(ParsedName q, ParsedName c, PartWeights weights, PartCache cache) {
        return compare(q, c, weights, false, cache).score();
    }

    /** The score with its explanation. */
    public static NameMatch compare(ParsedName q, ParsedName c, PartWeights weights) {
        return compare(q, c, weights, true, null);
    }

    private static NameMatch compare(ParsedName q, ParsedName c, PartWeights weights, boolean explain,
                                     PartCache cache) {
        if (q.isEmpty() || c.isEmpty()) {
            return NameMatch.none("empty name");
        }
        List<NameMatch.Pair> pairs = align(q, c, weights, cache);
        boolean[] usedQ = new boolean[q.parts().size()];
        boolean[] usedC = new boolean[c.parts().size()];
        double matched = 0;
        double total = 0;
        boolean nameEvidence = false;
        for (NameMatch.Pair p : pairs) {
            java.util.Arrays.fill(usedQ, p.query().index(), p.query().index() + p.queryLength(), true);
            java.util.Arrays.fill(usedC, p.candidate().index(), p.candidate().index() + p.candidateLength(), true);
            matched += p.match().similarity() * p.weight();
            total += p.weight();
            nameEvidence |= p.query().isNameLike();
        }
        if (!nameEvidence) {
            return NameMatch.none("no name part in common");
        }
        List<NamePart> restQ = unmatched(q, usedQ);
        List<NamePart> restC = unmatched(c, usedC);
        double ua = unmatchedWeight(restQ, weights);
        double ub = unmatchedWeight(restC, weights);
        double conflict = Math.min(ua, ub);
        double extra = Math.abs(ua - ub);
        double score = matched / (total + CONFLICT * conflict + EXTRA * extra);
        score *= Math.min(1.0, total / MIN_EVIDENCE);
        Order order = order(pairs, q.nasab() && c.nasab());
        score *= order.factor;
        String why = explain ? explain(pairs, restQ, restC, matched, total, conflict, extra, order, score) : "";
        return new NameMatch(Math.min(1.0, score), pairs, restQ, restC, order == Order.SWAP, why);
    }

    private static List<NameMatch.Pair> align(ParsedName q, ParsedName c, PartWeights weights, PartCache cache) {
        List<NameMatch.Pair> all = new ArrayList<>();
        for (NamePart a : q.parts()) {
            for (NamePart b : c.parts()) {
                PartMatch m = cache == null ? PartSimilarity.compare(a, b) : cache.compare(a, b);
                if (m.similarity() >= PART_THRESHOLD) {
                    all.add(new NameMatch.Pair(a, b, m, (weights.weight(a) + weights.weight(b)) / 2));
                }
            }
        }
        List<NameMatch.Pair> chosen = greedy(all, q, c);
        if (joinedWordPossible(q, c, chosen)) {
            addRuns(q, c, weights, all, true, cache);
            addRuns(c, q, weights, all, false, cache);
            chosen = greedy(all, q, c);
        }
        chosen.sort(Comparator.comparingInt(p -> p.query().index()));
        return chosen;
    }

    /**
     * True when the name with fewer parts has a long part left unmatched or matched weakly: it may be two or three
     * parts of the other name written as one word.
     */
    private static boolean joinedWordPossible(ParsedName q, ParsedName c, List<NameMatch.Pair> chosen) {
        if (q.parts().size() == c.parts().size()) {
            return false;
        }
        boolean queryFewer = q.parts().size() < c.parts().size();
        ParsedName fewer = queryFewer ? q : c;
        for (NamePart p : fewer.parts()) {
            if (p.skeleton().length() < 4 || !p.isNameLike()) {
                continue;
            }
            double best = 0;
            for (NameMatch.Pair pair : chosen) {
                NamePart mine = queryFewer ? pair.query() : pair.candidate();
                if (mine.index() == p.index()) {
                    best = pair.match().similarity();
                }
            }
            if (best < 0.9) {
                return true;
            }
        }
        return false;
    }

    private static List<NameMatch.Pair> greedy(List<NameMatch.Pair> all, ParsedName q, ParsedName c) {
        all.sort(Comparator.comparingDouble((NameMatch.Pair p) -> p.match().similarity() * p.weight()
                * Math.max(p.queryLength(), p.candidateLength())).reversed());
        boolean[] usedQ = new boolean[q.parts().size()];
        boolean[] usedC = new boolean[c.parts().size()];
        List<NameMatch.Pair> chosen = new ArrayList<>();
        for (NameMatch.Pair p : all) {
            int qi = p.query().index();
            int ci = p.candidate().index();
            if (free(usedQ, qi, p.queryLength()) && free(usedC, ci, p.candidateLength())) {
                java.util.Arrays.fill(usedQ, qi, qi + p.queryLength(), true);
                java.util.Arrays.fill(usedC, ci, ci + p.candidateLength(), true);
                chosen.add(p);
            }
        }
        return chosen;
    }

    private static boolean free(boolean[] used, int from, int n) {
        for (int i = from; i < from + n; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    /** Runs of 2–3 adjacent name parts of {@code runs} written as one word in {@code single}. */
    private static void addRuns(ParsedName runs, ParsedName single, PartWeights weights, List<NameMatch.Pair> all,
                                boolean runsAreQuery, PartCache cache) {
        List<NamePart> ps = runs.parts();
        for (int i = 0; i < ps.size(); i++) {
            StringBuilder key = new StringBuilder(ps.get(i).key());
            StringBuilder text = new StringBuilder(ps.get(i).text());
            double w = weights.weight(ps.get(i));
            for (int n = 2; n <= 3 && i + n <= ps.size(); n++) {
                NamePart next = ps.get(i + n - 1);
                if (!next.isNameLike() || next.arabic() != ps.get(i).arabic()) {
                    break;
                }
                key.append(next.key());
                text.append(' ').append(next.text());
                w += weights.weight(next);
                NamePart joined = new NamePart(text.toString(), key.toString(), Skeleton.of(key.toString()),
                        ps.get(i).role(), ps.get(i).arabic(), ps.get(i).index());
                for (NamePart b : single.parts()) {
                    PartMatch m = cache != null && !runsAreQuery ? cache.compare(b, joined)
                            : PartSimilarity.compare(joined, b);
                    if (m.similarity() >= RUN_THRESHOLD) {
                        PartMatch joinedMatch = new PartMatch(m.similarity(), "joined " + m.how());
                        double pw = (w + weights.weight(b)) / 2;
                        all.add(runsAreQuery ? new NameMatch.Pair(joined, b, joinedMatch, pw, n, 1)
                                : new NameMatch.Pair(b, joined, joinedMatch, pw, 1, n));
                    }
                }
            }
        }
    }

    private static List<NamePart> unmatched(ParsedName n, boolean[] used) {
        List<NamePart> out = new ArrayList<>();
        for (NamePart p : n.parts()) {
            if (!used[p.index()]) {
                out.add(p);
            }
        }
        return out;
    }

    private static double unmatchedWeight(List<NamePart> parts, PartWeights weights) {
        double sum = 0;
        for (NamePart p : parts) {
            double w = weights.weight(p);
            sum += p.isNameLike() && p.role() != PartRole.INITIAL ? Math.max(w, UNMATCHED_FLOOR) : w;
        }
        return sum;
    }

    private enum Order {
        OK(1.0), ROTATED(ROTATION_FACTOR), REORDERED(REORDER_FACTOR), SWAP(SWAP_FACTOR);
        final double factor;

        Order(double factor) {
            this.factor = factor;
        }
    }

    /** Pairs are sorted by query position; look at the candidate positions of the name-like ones. */
    private static Order order(List<NameMatch.Pair> pairs, boolean chain) {
        List<Integer> pos = new ArrayList<>();
        for (NameMatch.Pair p : pairs) {
            if (p.query().isNameLike()) {
                pos.add(p.candidate().index());
            }
        }
        int descents = 0;
        for (int i = 1; i < pos.size(); i++) {
            if (pos.get(i) < pos.get(i - 1)) {
                descents++;
            }
        }
        if (descents == 0) {
            return Order.OK;
        }
        if (chain) {
            return Order.SWAP;
        }
        boolean rotation = descents == 1 && pos.get(pos.size() - 1) < pos.get(0);
        return rotation ? Order.ROTATED : Order.REORDERED;
    }

    private static String explain(List<NameMatch.Pair> pairs, List<NamePart> restQ, List<NamePart> restC,
                                  double matched, double total, double conflict, double extra, Order order,
                                  double score) {
        StringBuilder sb = new StringBuilder();
        for (NameMatch.Pair p : pairs) {
            sb.append(sb.length() == 0 ? "" : "; ")
                    .append(p.query().text()).append(" ~ ").append(p.candidate().text())
                    .append(" (").append(p.match().how()).append(' ').append(f(p.match().similarity()))
                    .append(", weight ").append(f(p.weight())).append(')');
        }
        if (!restQ.isEmpty()) {
            sb.append("; unmatched in query: ").append(texts(restQ));
        }
        if (!restC.isEmpty()) {
            sb.append("; unmatched in listed name: ").append(texts(restC));
        }
        if (order == Order.SWAP) {
            sb.append("; names of the bin/ibn chain in swapped order (x").append(f(SWAP_FACTOR)).append(')');
        } else if (order == Order.REORDERED) {
            sb.append("; parts reordered (x").append(f(REORDER_FACTOR)).append(')');
        }
        sb.append(String.format(Locale.ROOT, "; score %.3f = %.3f / (%.3f + %.1f*%.3f conflicting + %.2f*%.3f missing)",
                score, matched, total, CONFLICT, conflict, EXTRA, extra));
        if (total < MIN_EVIDENCE) {
            sb.append(String.format(Locale.ROOT, " x %.2f (little evidence: common names only)", total / MIN_EVIDENCE));
        }
        return sb.toString();
    }

    private static String texts(List<NamePart> parts) {
        return String.join(", ", parts.stream().map(NamePart::text).toList());
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
