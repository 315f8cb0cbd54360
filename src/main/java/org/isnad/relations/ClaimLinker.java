package org.isnad.relations;

import java.util.List;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.doc.Span;
import org.isnad.model.Attribution;
import org.isnad.model.Certainty;
import org.isnad.model.Claim;
import org.isnad.model.Layers;

/**
 * Ties a relation to the claim it is read from: the smallest claim whose span contains the relation's evidence.
 * Without such a claim there is no relation (Isnad never states a fact). The claim's certainty scales the
 * confidence and is copied into the relation's attributes; a DESIGNATION without a labeller in the text takes the
 * claim's attribution source, or the outlet when the claim is the outlet's own voice.
 */
final class ClaimLinker {
    /** Confidence multiplier per certainty of the claim. */
    static double factor(Certainty c) {
        return switch (c) {
            case ASSERTED -> 1.0;
            case REPORTED -> 0.9;
            case HEDGED -> 0.6;
            case DENIED -> 0.3;
        };
    }

    /** The smallest claim containing the span, if any. */
    static Optional<Claim> claimFor(List<Claim> claims, Span evidence) {
        Claim best = null;
        for (Claim c : claims) {
            if (c.span().contains(evidence) && (best == null || c.span().length() < best.span().length())) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The labeller argument for a claim: its attribution's source, or the outlet. */
    static Candidate.Arg labeller(Document doc, Claim claim) {
        if (claim.attribution().isPresent()) {
            String id = claim.attribution().get();
            for (Attribution a : doc.get(Layers.ATTRIBUTIONS)) {
                if (a.id().equals(id) && a.source().span().isPresent()) {
                    return new Candidate.Arg("labeller", a.source().span(), a.source().entity(), Optional.empty());
                }
            }
            return new Candidate.Arg("labeller", Optional.empty(), Optional.empty(), Optional.of("@source:" + id));
        }
        return new Candidate.Arg("labeller", Optional.empty(), Optional.empty(),
                Optional.of(doc.metadata().outlet().orElse("@outlet")));
    }
}
