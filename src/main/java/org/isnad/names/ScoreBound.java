package org.isnad.names;

/**
 * An exact upper bound of {@link NameMatcher}'s score of a query against a listed name, from the cheap
 * {@link PartFilter} alone ({@link SimCache#mayMask}): no part similarity is computed. Every pair of an alignment
 * (a part, or a run of parts written as one word, on each side) reaches its threshold only if the filter lets it
 * through, so the parts an alignment can cover are among those the filter lets pair with something. With similarities
 * at most 1 the matched weight M is at most the covered weight T, and
 * <pre>  score = M / (T + 1.5·min(Ua, Ub) + 0.35·|Ua − Ub|) · min(1, T / 0.9) · order
 *        ≤ Tmax / (Tmax + 1.5·min(Ua', Ub') + 0.35·|Ua' − Ub'|) · min(1, Tmax / 0.9)</pre>
 * where Tmax is half the weight of every coverable part of both names and Ua', Ub' the unmatched weights of the
 * parts that no pair can cover (the penalty grows with Ua and Ub). The bound only grows as coverage is added, so
 * it is first taken over part pairs alone; runs are added only when that is below the cut and {@link Aligner} may
 * try runs at all (part counts differ and the name with fewer parts has a {@linkplain CompiledName#joinable
 * joinable} part). A name no pair of which has a name-like query part scores 0.
 */
final class ScoreBound {
    private ScoreBound() {
    }

    /** True if the score of {@code q} against {@code c} is certainly below {@code cut}. */
    static boolean below(CompiledName q, CompiledName c, SimCache cache, double cut) {
        return upper(q, c, cache, cut) < cut;
    }

    /**
     * The bound, or {@code +∞} when it cannot be given (query or name too long for masks, cache full). Once the
     * bound over the coverage seen so far reaches {@code stop} the rest is not looked at and that bound is returned
     * (at most the full bound, at least {@code stop}); with {@code stop} = +∞ the full bound.
     */
    static double upper(CompiledName q, CompiledName c, SimCache cache, double stop) {
        int nq = q.parts.length;
        int nc = c.parts.length;
        cache.use(q);
        if (!cache.usable() || c.ids.length == 0 || nc > SimCache.MAX_ROWS) {
            return Double.POSITIVE_INFINITY;
        }
        long nameLike = 0;
        for (int i = 0; i < nq; i++) {
            if (q.nameLike[i]) {
                nameLike |= 1L << i;
            }
        }
        long covQ = 0;
        long covC = 0;
        boolean evidence = false;
        for (int j = 0; j < nc; j++) {
            int slot = cache.slot(c.ids[j]);
            if (slot < 0) {
                return Double.POSITIVE_INFINITY;
            }
            long m = cache.mayMask(SimCache.Kind.PART, slot, c.signature[j]);
            if (m != 0) {
                covQ |= m;
                covC |= 1L << j;
                evidence |= (m & nameLike) != 0;
            }
        }
        double bound = evidence ? bound(q, c, covQ, covC) : 0.0;
        boolean runs = nq != nc && (nq < nc ? q.anyJoinable : c.anyJoinable);
        if (!runs || bound >= stop) {
            return bound;
        }
        if (q.runPart.length > 0) {
            for (int j = 0; j < nc; j++) {
                for (long r = cache.mayMask(SimCache.Kind.QUERY_RUN, cache.slot(c.ids[j]), c.signature[j]); r != 0;
                     r &= r - 1) {
                    int k = Long.numberOfTrailingZeros(r);
                    covQ |= span(q.runStart[k], q.runLength[k]);
                    covC |= 1L << j;
                    evidence |= q.runPart[k].isNameLike();
                }
            }
        }
        // the listed runs are mostly the name's own (no sharing across names): stop once the bound reaches stop
        bound = evidence ? bound(q, c, covQ, covC) : 0.0;
        for (int r = 0; r < c.runPart.length && bound < stop; r++) {
            int slot = cache.slot(c.runIds[r]);
            if (slot < 0) {
                return Double.POSITIVE_INFINITY;
            }
            long m = cache.mayMask(SimCache.Kind.LISTED_RUN, slot, c.signature[nc + r]);
            if (m != 0) {
                covQ |= m;
                covC |= span(c.runStart[r], c.runLength[r]);
                evidence |= (m & nameLike) != 0;
                bound = evidence ? bound(q, c, covQ, covC) : 0.0;
            }
        }
        return bound;
    }

    /** The bound when the query parts of {@code covQ} and the listed parts of {@code covC} may be covered. */
    private static double bound(CompiledName q, CompiledName c, long covQ, long covC) {
        double t = (sum(q.weight, q.parts.length, covQ) + sum(c.weight, c.parts.length, covC)) / 2;
        double ua = sum(q.unmatchedWeight, q.parts.length, ~covQ);
        double ub = sum(c.unmatchedWeight, c.parts.length, ~covC);
        double penalty = NameMatcher.CONFLICT * Math.min(ua, ub) + NameMatcher.EXTRA * Math.abs(ua - ub);
        return t / (t + penalty) * Math.min(1.0, t / NameMatcher.MIN_EVIDENCE);
    }

    /** The sum of {@code values[i]} over the first {@code n} indexes whose bit is set in {@code bits}. */
    private static double sum(double[] values, int n, long bits) {
        double s = 0;
        for (long b = n == 64 ? bits : bits & ((1L << n) - 1); b != 0; b &= b - 1) {
            s += values[Long.numberOfTrailingZeros(b)];   // ascending indexes, as a loop over all would add them
        }
        return s;
    }

    private static long span(int from, int length) {
        return ((1L << length) - 1) << from;
    }
}
