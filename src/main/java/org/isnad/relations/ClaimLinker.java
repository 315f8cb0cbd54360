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
 * When the claim splitter cut one statement inside an apposition («بين الوزير، فلان، ونظيره …»), a run of
 * adjacent claims of the same attribution (or all in the outlet's voice) that together cover the evidence, with
 * only spaces and punctuation between them, is accepted: the relation names the claim holding its trigger and lists
 * the run in its {@code claims} attribute, with the weakest certainty of the run. Without either there is no
 * relation (Isnad never states a fact). The claim's certainty scales the
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

    /** A claim for a relation: the claim it names, every claim its evidence lies in, and the certainty to use. */
    record Link(Claim claim, List<Claim> run, Certainty certainty) {
    }

    /** The claim (or run of claims of one voice) covering the evidence; the trigger picks the named claim. */
    static Optional<Link> link(String text, List<Claim> claims, Span evidence, Span trigger) {
        Optional<Claim> one = claimFor(claims, evidence);
        if (one.isPresent()) {
            return Optional.of(new Link(one.get(), List.of(one.get()), one.get().certainty()));
        }
        List<Claim> sorted = new java.util.ArrayList<>(claims);
        sorted.sort((a, b) -> a.span().compareTo(b.span()));
        for (int i = 0; i < sorted.size(); i++) {
            Claim first = sorted.get(i);
            if (!first.span().contains(evidence.start())) {
                continue;
            }
            List<Claim> run = new java.util.ArrayList<>(List.of(first));
            int end = first.span().end();
            for (int j = i + 1; j < sorted.size() && end < evidence.end(); j++) {
                Claim next = sorted.get(j);
                if (!next.attribution().equals(first.attribution()) || !onlyPunctuation(text, end, next.span().start())) {
                    break;
                }
                run.add(next);
                end = Math.max(end, next.span().end());
            }
            if (end >= evidence.end() && run.size() > 1) {
                Claim named = run.stream().filter(c -> c.span().overlaps(trigger)).findFirst().orElse(first);
                Certainty weakest = run.stream().map(Claim::certainty).max(Enum::compareTo).orElse(first.certainty());
                return Optional.of(new Link(named, List.copyOf(run), weakest));
            }
        }
        return Optional.empty();
    }

    /**
     * A claim whose speaker is an argument: the evidence starts in the source of the claim's attribution and ends
     * inside the claim, the source standing just before the content («أعلنت واشنطن تقديم دعم عسكري لأوكرانيا»: the
     * support is what Washington announced of itself).
     */
    static Optional<Link> speakerLink(String text, List<Claim> claims, List<Attribution> attributions, Span evidence) {
        for (Claim c : claims) {
            if (c.attribution().isEmpty() || evidence.end() > c.span().end() || evidence.end() <= c.span().start()) {
                continue;
            }
            for (Attribution a : attributions) {
                if (!a.id().equals(c.attribution().get()) || a.source().span().isEmpty()) {
                    continue;
                }
                Span src = a.source().span().get();
                boolean near = src.end() <= c.span().start() && c.span().start() - src.end() <= 12
                        && text.substring(src.end(), c.span().start()).chars().noneMatch(ch -> ch == '.' || ch == '،'
                        || ch == ',' || ch == ':' || ch == '\n');
                if (near && evidence.start() >= src.start() && evidence.start() < src.end()) {
                    return Optional.of(new Link(c, List.of(c), c.certainty()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean onlyPunctuation(String text, int from, int to) {
        if (to < from) {
            return true;
        }
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
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
