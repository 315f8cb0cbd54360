package org.isnad.model;

import java.util.List;
import java.util.Map;

/** The sourcing profile of one article. */
public record Profile(Map<String, Integer> claimsBySourceType, int unattributedClaims, int hedgedClaims,
                      int deniedClaims, int independentNamedSources, double anonymousOrUndisclosedShare,
                      double persuasionPer100Words, List<Grade> grades) {
    public Profile {
        claimsBySourceType = Map.copyOf(claimsBySourceType);
        grades = List.copyOf(grades);
    }
}
