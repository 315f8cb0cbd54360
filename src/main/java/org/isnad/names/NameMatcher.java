package org.isnad.names;

import java.util.ArrayList;
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

    private static final ThreadLocal<Aligner> ALIGNER = ThreadLocal.withInitial(Aligner::new);

    /** The score alone, without building the explanation. */
    public static double score(ParsedName q, ParsedName c, PartWeights weights) {
        return score(CompiledName.of(q, weights), CompiledName.of(c, weights), null);
    }

    /**
     * The score alone, of a compiled query against a compiled listed name, reusing the part similarities of the
     * same query kept in {@code cache} (null: none). Equal to {@link #compare}'s score.
     */
    public static double score(CompiledName q, CompiledName c, SimCache cache) {
        if (q.parts.length == 0 || c.parts.length == 0) {
            return 0.0;
        }
        Aligner a = ALIGNER.get();
        a.align(q, c, cache);
        return evaluate(a, q, c, null);
    }

    /** Margin below a cut within which a bound never prunes (the bound sums weights in another order). */
    private static final double BOUND_MARGIN = 1e-9;

    /**
     * The score, as {@link #score(CompiledName, CompiledName, SimCache)}, if it reaches {@code cut}; otherwise some
     * value below {@code cut}: a listed name whose {@link ScoreBound} is below the cut is not aligned at all (its
     * similarities are not computed), and 0.0 is returned.
     */
    public static double score(CompiledName q, CompiledName c, SimCache cache, double cut) {
        if (q.parts.length == 0 || c.parts.length == 0 || ScoreBound.below(q, c, cache, cut - BOUND_MARGIN)) {
            return 0.0;
        }
        return score(q, c, cache);
    }

    /** The score with its explanation. */
    public static NameMatch compare(ParsedName q, ParsedName c, PartWeights weights) {
        return compare(CompiledName.of(q, weights), CompiledName.of(c, weights));
    }

    /** The score of two compiled names with its explanation. */
    public static NameMatch compare(CompiledName q, CompiledName c) {
        return compare(q, c, null);
    }

    /**
     * The score of two compiled names with its explanation, reading the part similarities of the same query kept in
     * {@code cache} (null: none); the same match as without it.
     */
    public static NameMatch compare(CompiledName q, CompiledName c, SimCache cache) {
        if (q.parts.length == 0 || c.parts.length == 0) {
            return NameMatch.none("empty name");
        }
        Aligner a = ALIGNER.get();
        a.align(q, c, cache);
        NameMatch[] out = new NameMatch[1];
        evaluate(a, q, c, out);
        return out[0];
    }

    /** The score of the alignment in {@code a}; with {@code out} non-null, also the match with its explanation. */
    private static double evaluate(Aligner a, CompiledName q, CompiledName c, NameMatch[] out) {
        double matched = 0;
        double total = 0;
        boolean nameEvidence = false;
        for (int k = 0; k < a.chosen; k++) {
            int p = a.choice[k];
            matched += a.sim[p] * a.weight[p];
            total += a.weight[p];
            nameEvidence |= a.qNameLike[p];
        }
        if (!nameEvidence) {
            if (out != null) {
                out[0] = NameMatch.none("no name part in common");
            }
            return 0.0;
        }
        boolean[] usedQ = a.usedQ;
        boolean[] usedC = a.usedC;
        double ua = 0;
        for (int i = 0; i < q.parts.length; i++) {
            if (!usedQ[i]) {
                ua += q.unmatchedWeight[i];
            }
        }
        double ub = 0;
        for (int j = 0; j < c.parts.length; j++) {
            if (!usedC[j]) {
                ub += c.unmatchedWeight[j];
            }
        }
        double conflict = Math.min(ua, ub);
        double extra = Math.abs(ua - ub);
        double score = matched / (total + CONFLICT * conflict + EXTRA * extra);
        score *= Math.min(1.0, total / MIN_EVIDENCE);
        Order order = order(a, q.parsed.nasab() && c.parsed.nasab());
        score *= order.factor;
        if (out != null) {
            List<NameMatch.Pair> pairs = pairs(a, q, c);
            List<NamePart> restQ = unmatched(q, usedQ);
            List<NamePart> restC = unmatched(c, usedC);
            String why = explain(pairs, restQ, restC, matched, total, conflict, extra, order, score);
            out[0] = new NameMatch(Math.min(1.0, score), pairs, restQ, restC, order == Order.SWAP, why, ua);
        }
        return Math.min(1.0, score);
    }

    /** The chosen pairs as records, each with how its parts matched (for explanations). */
    private static List<NameMatch.Pair> pairs(Aligner a, CompiledName q, CompiledName c) {
        List<NameMatch.Pair> out = new ArrayList<>(a.chosen);
        for (int k = 0; k < a.chosen; k++) {
            int p = a.choice[k];
            int qr = a.qRow[p];
            int cr = a.cRow[p];
            NamePart qp = qr < q.parts.length ? q.parts[qr] : q.runPart[qr - q.parts.length];
            NamePart cp = cr < c.parts.length ? c.parts[cr] : c.runPart[cr - c.parts.length];
            boolean run = qr >= q.parts.length || cr >= c.parts.length;
            // exact from the pair's own similarity up: the same path wins, without computing every DP in full
            String how = PartSimilarity.compare(qp, cp, a.sim[p]).how();
            out.add(new NameMatch.Pair(qp, cp, new PartMatch(a.sim[p], run ? "joined " + how : how), a.weight[p],
                    a.qLength[p], a.cLength[p]));
        }
        return out;
    }

    private static List<NamePart> unmatched(CompiledName n, boolean[] used) {
        List<NamePart> out = new ArrayList<>();
        for (int i = 0; i < n.parts.length; i++) {
            if (!used[i]) {
                out.add(n.parts[i]);
            }
        }
        return out;
    }

    private enum Order {
        OK(1.0), ROTATED(ROTATION_FACTOR), REORDERED(REORDER_FACTOR), SWAP(SWAP_FACTOR);
        final double factor;

        Order(double factor) {
            this.factor = factor;
        }
    }

    /** Pairs are in query order; look at the candidate positions of the name-like ones. */
    private static Order order(Aligner a, boolean chain) {
        int descents = 0;
        int first = -1;
        int last = -1;
        for (int k = 0; k < a.chosen; k++) {
            int p = a.choice[k];
            if (!a.qNameLike[p]) {
                continue;
            }
            int pos = a.cIndex[p];
            if (first < 0) {
                first = pos;
            } else if (pos < last) {
                descents++;
            }
            last = pos;
        }
        if (descents == 0) {
            return Order.OK;
        }
        if (chain) {
            return Order.SWAP;
        }
        boolean rotation = descents == 1 && last < first;
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
        sb.append("; score ").append(fixed(score, 3)).append(" = ").append(fixed(matched, 3)).append(" / (")
                .append(fixed(total, 3)).append(" + ").append(fixed(CONFLICT, 1)).append('*').append(fixed(conflict, 3))
                .append(" conflicting + ").append(fixed(EXTRA, 2)).append('*').append(fixed(extra, 3))
                .append(" missing)");
        if (total < MIN_EVIDENCE) {
            sb.append(" x ").append(fixed(total / MIN_EVIDENCE, 2)).append(" (little evidence: common names only)");
        }
        return sb.toString();
    }

    private static String texts(List<NamePart> parts) {
        return String.join(", ", parts.stream().map(NamePart::text).toList());
    }

    private static String f(double d) {
        return fixed(d, 2);
    }

    /**
     * {@code d} with {@code decimals} decimals, as {@code String.format(Locale.ROOT, "%.Nf", d)} writes it (half up
     * on the shortest decimal form of the double), without the cost of a Formatter.
     */
    static String fixed(double d, int decimals) {
        if (!Double.isFinite(d)) {
            return String.format(java.util.Locale.ROOT, "%." + decimals + "f", d);
        }
        String s = Double.toString(d);
        if (d < 0 || s.indexOf('E') >= 0) {
            return new java.math.BigDecimal(s).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
        }
        return roundHalfUp(s, decimals);
    }

    /**
     * A non-negative plain decimal {@code s} ("12.3456") rounded half up to {@code decimals} decimals, as
     * {@code BigDecimal.setScale(decimals, HALF_UP).toPlainString()} writes it: the digits kept, plus one in the
     * last kept place when the first dropped digit is 5 or more.
     */
    private static String roundHalfUp(String s, int decimals) {
        int dot = s.indexOf('.');
        int keep = dot + 1 + decimals;   // chars kept: integer part, dot, decimals
        char[] out = new char[keep];
        for (int i = 0; i < keep; i++) {
            out[i] = i < s.length() ? s.charAt(i) : '0';
        }
        if (decimals == 0) {
            keep = dot;
        }
        if (keep < s.length() && s.charAt(dot + 1 + decimals) >= '5') {
            int i = keep - 1;
            for (; i >= 0; i--) {
                if (out[i] == '.') {
                    continue;
                }
                if (out[i] != '9') {
                    out[i]++;
                    break;
                }
                out[i] = '0';
            }
            if (i < 0) {
                return "1" + new String(out, 0, keep);
            }
        }
        return new String(out, 0, keep);
    }
}
