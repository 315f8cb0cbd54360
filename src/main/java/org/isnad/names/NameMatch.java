package org.isnad.names;

import java.util.List;

/**
 * The result of comparing two names: a score in [0, 1] and the evidence for it.
 *
 * @param score       the similarity
 * @param pairs       the aligned parts, query part first
 * @param unmatchedQuery      parts of the query with no counterpart
 * @param unmatchedCandidate  parts of the candidate with no counterpart
 * @param orderConflict       true if aligned parts of an ordered (bin/ibn) chain appear in swapped positions
 * @param explanation a one-line account of the score (see docs/screening.md, "Explanation format")
 * @param unmatchedQueryWeight the weight the unmatched query parts count with (name parts at least
 *                             {@link NameMatcher#UNMATCHED_FLOOR})
 */
public record NameMatch(double score, List<Pair> pairs, List<NamePart> unmatchedQuery,
                        List<NamePart> unmatchedCandidate, boolean orderConflict, String explanation,
                        double unmatchedQueryWeight) {
    public NameMatch {
        pairs = List.copyOf(pairs);
        unmatchedQuery = List.copyOf(unmatchedQuery);
        unmatchedCandidate = List.copyOf(unmatchedCandidate);
    }

    /**
     * Two aligned parts, how they matched and the weight the pair counts with. A side may be a run of adjacent parts
     * written as one word on the other side ("PolPot" ~ "Pol Pot"): {@code queryLength}/{@code candidateLength}
     * say how many parts from the part's index the pair covers.
     */
    public record Pair(NamePart query, NamePart candidate, PartMatch match, double weight, int queryLength,
                       int candidateLength) {
        public Pair(NamePart query, NamePart candidate, PartMatch match, double weight) {
            this(query, candidate, match, weight, 1, 1);
        }
    }

    public static NameMatch none(String why) {
        return new NameMatch(0.0, List.of(), List.of(), List.of(), false, why, 0.0);
    }
}
