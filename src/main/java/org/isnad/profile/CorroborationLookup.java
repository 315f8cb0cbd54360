package org.isnad.profile;

import org.isnad.doc.Document;
import org.isnad.model.Claim;

/**
 * How many independent sources carry a claim, counting the claim's own source (so at least 1). The store will answer
 * from other articles; until then {@link #NONE} says 1 for every claim.
 */
@FunctionalInterface
public interface CorroborationLookup {
    /** No corroboration known: every claim rests on its own source alone. */
    CorroborationLookup NONE = (doc, claim) -> 1;

    int independentSources(Document doc, Claim claim);
}
