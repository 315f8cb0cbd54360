package org.isnad.screening;

import org.isnad.names.NameMatch;
import org.isnad.names.NamePart;

/**
 * The stricter test the screening stage puts on a possible match before showing it to an analyst, so that a report
 * does not raise alarms on overlaps that prove little. A match passes when
 * <ol>
 *   <li>a <b>distinctive</b> part matched well: a name-like pair of weight at least {@link #DISTINCTIVE_WEIGHT}
 *       (not a generic name such as محمد/Husayn, see {@code generic-names.txt} and list frequencies) with a
 *       similarity of at least {@link #DISTINCTIVE_SIMILARITY}, or of at least {@link #LOOSE_SIMILARITY} when
 *       neither name has a name part left unmatched — a generic-only overlap, or a distinctive part matched only
 *       loosely in names that also differ elsewhere, does not pass;</li>
 *   <li>the matched parts carry <b>enough evidence on their own</b>: their weight reaches {@link #MIN_MATCHED_WEIGHT}
 *       (one distinctive name and more) — a one-part overlap of a common-ish surname does not pass;</li>
 *   <li>the match <b>covers the query</b>: at least {@link #MIN_COVERAGE} of the query's weight is matched.</li>
 * </ol>
 * Pure and thread-safe. The {@code screen} command does not use it (its threshold alone decides, see
 * docs/bench/screening.md for both measured on the name bench).
 */
public final class EvidenceGate {
    public static final double DISTINCTIVE_WEIGHT = 0.5;
    public static final double DISTINCTIVE_SIMILARITY = 0.85;
    /** A looser spelling of the distinctive part (Golani ~ Jawlani) counts only when no name part is left over. */
    public static final double LOOSE_SIMILARITY = 0.7;
    public static final double MIN_MATCHED_WEIGHT = 0.9;
    public static final double MIN_COVERAGE = 0.6;

    private EvidenceGate() {
    }

    /** True when {@code m} shows enough distinctive evidence to be reported by the stage. */
    public static boolean passes(NameMatch m) {
        boolean complete = m.unmatchedQuery().stream().noneMatch(NamePart::isNameLike)
                && m.unmatchedCandidate().stream().noneMatch(NamePart::isNameLike);
        double enough = complete ? LOOSE_SIMILARITY : DISTINCTIVE_SIMILARITY;
        boolean distinctive = false;
        double matched = 0;
        for (NameMatch.Pair p : m.pairs()) {
            matched += p.weight();
            distinctive |= p.query().isNameLike() && p.weight() >= DISTINCTIVE_WEIGHT
                    && p.match().similarity() >= enough;
        }
        if (!distinctive || matched < MIN_MATCHED_WEIGHT) {
            return false;
        }
        return matched / (matched + m.unmatchedQueryWeight()) >= MIN_COVERAGE;
    }
}
