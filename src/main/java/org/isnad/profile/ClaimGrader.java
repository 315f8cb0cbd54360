package org.isnad.profile;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.doc.Document;
import org.isnad.model.Attribution;
import org.isnad.model.Certainty;
import org.isnad.model.Claim;
import org.isnad.model.Grade;

/**
 * Grades one claim by the rules of {@link GradingRules}: reliability from the worst link of its attribution chain
 * (less one letter per relay beyond the free ones, never past the table's worst relayed letter; F stays F),
 * credibility from its certainty, raised by corroboration, and 6 whenever the source's reliability is F and nothing
 * corroborates it. Every grade has a one-line reason. Thread-safe.
 */
public final class ClaimGrader {
    private final GradingRules rules;
    private final SourceKinds kinds;
    private final Map<Certainty, String> lower = new EnumMap<>(Certainty.class);
    private final Map<Certainty, String> unjudged = new EnumMap<>(Certainty.class);

    public ClaimGrader(GradingRules rules, SourceKinds kinds) {
        this.rules = rules;
        this.kinds = kinds;
        for (Certainty c : Certainty.values()) {
            String name = c.name().toLowerCase(Locale.ROOT);
            lower.put(c, name);
            unjudged.put(c, name + ", " + rules.credibility("UNJUDGED").reason());
        }
    }


    public ClaimGrader() {
        this(new GradingRules(), new SourceKinds());
    }

    /** The grade of a claim, given the document's attribution chains and the number of independent sources. */
    public Grade grade(Document doc, Claim claim, SourceChain chains, int independentSources) {
        return grade(doc, claim, chains, independentSources, new java.util.HashMap<>());
    }

    /** As above, reusing the source kinds already worked out for this document (attribution id → kind). */
    Grade grade(Document doc, Claim claim, SourceChain chains, int independentSources, Map<String, String> kindCache) {
        int sources = Math.max(1, independentSources);
        if (claim.attribution().isEmpty()) {
            boolean known = doc.metadata().outlet().isPresent();
            GradingRules.Rule r = rules.reliability(known ? "OUTLET" : "OUTLET_UNKNOWN");
            String who = known ? r.reason() + " (" + doc.metadata().outlet().get() + ")" : r.reason();
            return finish(claim, r.value().charAt(0), who, sources);
        }
        List<Attribution> chain = chains.chain(claim.attribution().get());
        if (chain.isEmpty()) {
            return new Grade(claim.id(), "F", "6", "attribution " + claim.attribution().get()
                    + " not found: cannot be judged");
        }
        char worst = 'A';
        StringBuilder path = new StringBuilder();
        for (Attribution a : chain) {
            GradingRules.Rule r = rules.reliability(kindCache.computeIfAbsent(a.id(), x -> kinds.kind(doc, a)));
            char c = r.value().charAt(0);
            if (path.length() > 0) {
                path.append(" via ");
            }
            path.append(r.reason()).append(" (").append(c).append(')');
            if (c > worst) {
                worst = c;
            }
        }
        int relays = chain.size() - 1;
        char letter = worst;
        if (worst != 'F' && relays > rules.freeRelays()) {
            letter = (char) Math.max(worst, Math.min(worst + relays - rules.freeRelays(), rules.worstRelayed()));
        }
        String why = path + (relays > 0 ? ", " + relays + " relay" + (relays > 1 ? "s" : "") : "");
        return finish(claim, letter, why, sources);
    }

    private Grade finish(Claim claim, char letter, String who, int sources) {
        Certainty c = claim.certainty();
        GradingRules.Rule cred = rules.credibility(c.name());
        String digit = cred.value();
        String credWhy = cred.reason();
        var corr = rules.corroboration(sources);
        if (corr.isPresent() && c != Certainty.DENIED) {
            String best = corr.get().value();
            if (c == Certainty.HEDGED && best.compareTo("2") < 0) {
                best = "2";
            }
            if (best.compareTo(digit) < 0) {
                digit = best;
                credWhy = lower.get(c) + ", " + corr.get().reason() + " (" + sources + ")";
            }
        } else if (letter == 'F') {
            GradingRules.Rule u = rules.credibility("UNJUDGED");
            digit = u.value();
            credWhy = unjudged.get(c);
        }
        return new Grade(claim.id(), String.valueOf(letter), digit, letter + digit + ": " + who + "; " + credWhy);
    }
}
