package org.isnad.names;

import java.util.List;

/**
 * A parsed name made ready for fast comparison: its parts as an array with their weights, the weight each part
 * counts with when left unmatched, the runs of 2–3 adjacent parts that may be written as one word elsewhere
 * ("Pol Pot" ~ "PolPot") with their joined key and skeleton, and, for listed names, the {@link PartTable} id of
 * every part and run. A list's names are compiled once when the index is built; a query once per screening.
 * Immutable.
 */
public final class CompiledName {
    private static final int[] NO_IDS = new int[0];

    final ParsedName parsed;
    final NamePart[] parts;
    final double[] weight;
    final double[] unmatchedWeight;
    final boolean[] nameLike;
    final int[] ids;
    final NamePart[] runPart;
    final int[] runStart;
    final int[] runLength;
    final double[] runWeight;
    final int[] runIds;
    /** Per row (parts, then runs): what {@link PartFilter} needs. */
    final PartFilter.Signature[] signature;
    /** Per part: a name part long enough to be two or three parts written as one word elsewhere. */
    final boolean[] joinable;
    /** Some part is {@link #joinable}: without one, runs are never tried when this name has fewer parts. */
    final boolean anyJoinable;
    /** Sum of the parts' unmatched weights: the whole name's weight if nothing matched. */
    final double totalUnmatched;

    private CompiledName(ParsedName parsed, PartWeights weights, PartTable table) {
        this.parsed = parsed;
        List<NamePart> ps = parsed.parts();
        int n = ps.size();
        parts = ps.toArray(new NamePart[0]);
        weight = new double[n];
        unmatchedWeight = new double[n];
        nameLike = new boolean[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            NamePart p = parts[i];
            weight[i] = weights.weight(p);
            nameLike[i] = p.isNameLike();
            unmatchedWeight[i] = nameLike[i] && p.role() != PartRole.INITIAL
                    ? Math.max(weight[i], NameMatcher.UNMATCHED_FLOOR) : weight[i];
            sum += unmatchedWeight[i];
        }
        totalUnmatched = sum;
        int runs = 0;
        NamePart[] rp = new NamePart[2 * n];
        int[] rs = new int[2 * n];
        int[] rl = new int[2 * n];
        double[] rw = new double[2 * n];
        for (int i = 0; i < n; i++) {
            StringBuilder key = new StringBuilder(parts[i].key());
            StringBuilder text = new StringBuilder(parts[i].text());
            double w = weight[i];
            for (int len = 2; len <= 3 && i + len <= n; len++) {
                NamePart next = parts[i + len - 1];
                if (!next.isNameLike() || next.arabic() != parts[i].arabic()) {
                    break;
                }
                key.append(next.key());
                text.append(' ').append(next.text());
                w += weight[i + len - 1];
                rp[runs] = new NamePart(text.toString(), key.toString(), Skeleton.of(key.toString()),
                        parts[i].role(), parts[i].arabic(), parts[i].index());
                rs[runs] = i;
                rl[runs] = len;
                rw[runs] = w;
                runs++;
            }
        }
        runPart = java.util.Arrays.copyOf(rp, runs);
        runStart = java.util.Arrays.copyOf(rs, runs);
        runLength = java.util.Arrays.copyOf(rl, runs);
        runWeight = java.util.Arrays.copyOf(rw, runs);
        signature = new PartFilter.Signature[n + runs];
        for (int r = 0; r < n + runs; r++) {
            signature[r] = new PartFilter.Signature(r < n ? parts[r] : runPart[r - n]);
        }
        joinable = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            joinable[i] = parts[i].skeleton().length() >= 4 && parts[i].isNameLike();
            any |= joinable[i];
        }
        anyJoinable = any;
        if (table == null) {
            ids = NO_IDS;
            runIds = NO_IDS;
        } else {
            ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = table.id(parts[i]);
            }
            runIds = new int[runs];
            for (int r = 0; r < runs; r++) {
                runIds[r] = table.id(runPart[r]);
            }
        }
    }

    /** A name compiled for comparison with {@code weights} (a query, or a name compared once). */
    public static CompiledName of(ParsedName parsed, PartWeights weights) {
        return new CompiledName(parsed, weights, null);
    }

    /** A listed name: its parts and runs get ids from {@code table}. */
    public static CompiledName of(ParsedName parsed, PartWeights weights, PartTable table) {
        return new CompiledName(parsed, weights, table);
    }

    public ParsedName parsed() {
        return parsed;
    }

    public int size() {
        return parts.length;
    }

    /** Parts and runs: the rows of a query. */
    public int rows() {
        return parts.length + runPart.length;
    }

    /** The weight of part {@code i} ({@link PartWeights}). */
    public double weight(int i) {
        return weight[i];
    }
}
