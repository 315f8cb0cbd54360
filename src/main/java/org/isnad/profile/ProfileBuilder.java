package org.isnad.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.isnad.doc.Document;
import org.isnad.model.Attribution;
import org.isnad.model.Certainty;
import org.isnad.model.Claim;
import org.isnad.model.Grade;
import org.isnad.model.Layers;
import org.isnad.model.PersuasionSpan;
import org.isnad.model.Profile;
import org.isnad.model.Source;
import org.isnad.model.SourceType;
import org.isnad.text.ArabicNormalizer;

/**
 * Builds an article's sourcing {@link Profile} from its CLAIMS, ATTRIBUTIONS and PERSUASION layers and its text:
 * claims by source type, unattributed, hedged and denied claims, independent named strands of sourcing, the share of
 * claims resting on anonymous sources or undisclosed documents, persuasion density and one grade per claim.
 * Thread-safe.
 */
public final class ProfileBuilder {
    private final ClaimGrader grader;
    private final SourceKinds kinds;
    private final CorroborationLookup corroboration;

    public ProfileBuilder(CorroborationLookup corroboration) {
        this.kinds = new SourceKinds();
        this.grader = new ClaimGrader(new GradingRules(), kinds);
        this.corroboration = corroboration;
    }

    public ProfileBuilder() {
        this(CorroborationLookup.NONE);
    }

    public Profile build(Document doc) {
        List<Claim> claims = doc.get(Layers.CLAIMS);
        SourceChain chains = new SourceChain(doc.get(Layers.ATTRIBUTIONS));
        Map<String, Integer> byType = new TreeMap<>();
        int unattributed = 0;
        int hedged = 0;
        int denied = 0;
        int resting = 0;
        List<Grade> grades = new java.util.ArrayList<>();
        Map<String, String> kindOf = new java.util.HashMap<>();
        for (Claim c : claims) {
            if (c.certainty() == Certainty.HEDGED) {
                hedged++;
            } else if (c.certainty() == Certainty.DENIED) {
                denied++;
            }
            if (c.attribution().isEmpty()) {
                unattributed++;
            } else {
                List<Attribution> chain = chains.chain(c.attribution().get());
                byType.merge(chain.isEmpty() ? "UNKNOWN" : chain.get(0).source().type().name(), 1, Integer::sum);
                if (chain.stream().anyMatch(a -> kinds.isAnonymousOrUndisclosed(
                        kindOf.computeIfAbsent(a.id(), x -> kinds.kind(doc, a))))) {
                    resting++;
                }
            }
            grades.add(grader.grade(doc, c, chains, corroboration.independentSources(doc, c), kindOf));
        }
        Map<String, Integer> byTechnique = new TreeMap<>();
        List<PersuasionSpan> persuasion = doc.get(Layers.PERSUASION);
        persuasion.forEach(p -> byTechnique.merge(p.technique(), 1, Integer::sum));
        int words = words(doc);
        double density = words == 0 ? 0 : 100.0 * persuasion.size() / words;
        double share = claims.isEmpty() ? 0 : resting / (double) claims.size();
        return new Profile(byType, unattributed, hedged, denied, namedStrands(doc, chains), share, density, grades,
                claims.size(), byTechnique);
    }

    /**
     * Distinct named strands of sourcing: for every attribution, the outermost link of its chain; counted when that
     * link is a named person, organisation or outlet, once per entity (or per folded source phrase when no entity
     * is linked). Two people quoted through the same agency make one strand.
     */
    int namedStrands(Document doc, SourceChain chains) {
        Set<String> seen = new HashSet<>();
        for (Attribution a : doc.get(Layers.ATTRIBUTIONS)) {
            List<Attribution> chain = chains.chain(a.id());
            Source root = chain.get(chain.size() - 1).source();
            if (!isNamed(root.type()) || root.span().isEmpty() && root.entity().isEmpty()) {
                continue;
            }
            String key = root.entity().map(e -> "e:" + e).orElseGet(() ->
                    "t:" + ArabicNormalizer.MATCHING.normalize(doc.text(root.span().get())).toLowerCase(Locale.ROOT));
            seen.add(key);
        }
        return seen.size();
    }

    private static boolean isNamed(SourceType t) {
        return t == SourceType.NAMED_PERSON || t == SourceType.NAMED_ORGANIZATION || t == SourceType.MEDIA;
    }

    /** Words: maximal runs of letters, digits and marks (one pass over the text, no token layer needed). */
    static int words(Document doc) {
        String text = doc.text();
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean w = Character.isLetterOrDigit(c) || in && Character.getType(c) == Character.NON_SPACING_MARK;
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
