package org.isnad.store;

import java.util.List;

/**
 * Answers how many independent sources carry a claim, for grading (information credibility) and for the entity page.
 * The store's implementation is {@link StoreCorroboration}.
 */
public interface CorroborationLookup {
    /** Corroboration of a stored claim, counting itself. */
    Corroboration forStoredClaim(long docId, String claimId);

    /**
     * Corroboration of a claim not (yet) stored: its text and the canonical keys of the actors it is about
     * (see {@link CanonicalKeys}). Counts only stored claims; zero sources when none match.
     */
    Corroboration forText(String claimText, List<String> actorKeys);
}
