package org.isnad.model;

import java.util.List;
import java.util.Map;

/**
 * The sourcing profile of one article.
 *
 * @param claimsBySourceType          attributed claims by the type of the source they are ascribed to
 * @param unattributedClaims          claims in the outlet's own voice
 * @param hedgedClaims                claims presented with doubt or distance
 * @param deniedClaims                claims their source denies
 * @param independentNamedSources     distinct named strands of sourcing (see docs/persuasion.md)
 * @param anonymousOrUndisclosedShare share of all claims whose chain rests on an anonymous source or an undisclosed
 *                                    document
 * @param persuasionPer100Words       persuasion-technique spans per 100 words
 * @param grades                      one Admiralty-style grade per claim
 * @param claims                      all claims
 * @param persuasionByTechnique       persuasion-technique spans by technique
 */
public record Profile(Map<String, Integer> claimsBySourceType, int unattributedClaims, int hedgedClaims,
                      int deniedClaims, int independentNamedSources, double anonymousOrUndisclosedShare,
                      double persuasionPer100Words, List<Grade> grades, int claims,
                      Map<String, Integer> persuasionByTechnique) {
    public Profile {
        claimsBySourceType = Map.copyOf(claimsBySourceType);
        grades = List.copyOf(grades);
        persuasionByTechnique = Map.copyOf(persuasionByTechnique);
    }

    /** The original eight fields; the claim total is derived and no technique counts are kept. */
    public Profile(Map<String, Integer> claimsBySourceType, int unattributedClaims, int hedgedClaims,
                   int deniedClaims, int independentNamedSources, double anonymousOrUndisclosedShare,
                   double persuasionPer100Words, List<Grade> grades) {
        this(claimsBySourceType, unattributedClaims, hedgedClaims, deniedClaims, independentNamedSources,
                anonymousOrUndisclosedShare, persuasionPer100Words, grades,
                unattributedClaims + claimsBySourceType.values().stream().mapToInt(Integer::intValue).sum(), Map.of());
    }
}
