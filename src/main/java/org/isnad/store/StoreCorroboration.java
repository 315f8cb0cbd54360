package org.isnad.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Corroboration from the store: the claims about the same actors whose content terms match ({@link ClaimTerms}) are
 * the carriers; independent sources are their distinct attributed actors, or for unattributed and unnamed sources
 * their distinct original reports (near-duplicate clusters), so re-publications of one text never add a source.
 */
public final class StoreCorroboration {
    /** At most this many claims per actor are compared. */
    public static final int MAX_CLAIMS = 2000;

    private final StoreReader reader;

    public StoreCorroboration(StoreReader reader) {
        this.reader = reader;
    }

    /** Corroboration of a stored claim, counting itself. */
    public Corroboration forStoredClaim(long docId, String claimId) {
        Optional<ClaimRow> row = reader.claim(docId, claimId);
        if (row.isEmpty()) {
            return new Corroboration(0, 0, 0, 0, false, List.of());
        }
        List<ClaimRow> candidates = new ArrayList<>();
        for (long actor : reader.subjectsOf(docId, claimId)) {
            candidates.addAll(reader.claimsAbout(actor, MAX_CLAIMS));
        }
        List<ClaimRow> carriers = matching(ClaimTerms.of(row.get().text()), candidates);
        if (carriers.stream().noneMatch(r -> r.key().equals(row.get().key()))) {
            carriers.add(row.get());
        }
        return count(carriers);
    }

    /**
     * Corroboration of a claim not (yet) stored: its text and the canonical keys of the actors it is about
     * (see {@link CanonicalKeys}). Counts only stored claims; zero sources when none match.
     */
    public Corroboration forText(String claimText, List<String> actorKeys) {
        List<ClaimRow> candidates = new ArrayList<>();
        for (String key : actorKeys) {
            reader.actorByKey(key).ifPresent(id -> candidates.addAll(reader.claimsAbout(id, MAX_CLAIMS)));
        }
        return count(matching(ClaimTerms.of(claimText), candidates));
    }

    /** Corroboration of every claim about one actor, computed together: claim key → corroboration. */
    public Map<String, Corroboration> forActor(long actor, List<ClaimRow> claims) {
        List<Set<String>> terms = new ArrayList<>();
        claims.forEach(c -> terms.add(ClaimTerms.of(c.text())));
        Map<String, Corroboration> out = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            List<ClaimRow> carriers = new ArrayList<>();
            for (int j = 0; j < claims.size(); j++) {
                if (i == j || ClaimTerms.match(terms.get(i), terms.get(j))) {
                    carriers.add(claims.get(j));
                }
            }
            out.put(claims.get(i).key(), count(carriers));
        }
        return out;
    }

    private static List<ClaimRow> matching(Set<String> terms, List<ClaimRow> candidates) {
        List<ClaimRow> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ClaimRow c : candidates) {
            if (seen.add(c.key()) && ClaimTerms.match(terms, ClaimTerms.of(c.text()))) {
                out.add(c);
            }
        }
        return out;
    }

    static Corroboration count(List<ClaimRow> carriers) {
        Set<String> sources = new HashSet<>();
        Set<String> outlets = new HashSet<>();
        Set<Long> originals = new HashSet<>();
        Set<Long> docs = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (ClaimRow c : carriers) {
            sources.add(c.sourceActorId().map(a -> "actor:" + a).orElse("origin:" + c.originId()));
            outlets.add(c.outlet().orElse("origin:" + c.originId()));
            originals.add(c.originId());
            docs.add(c.docId());
            keys.add(c.key());
        }
        return new Corroboration(sources.size(), outlets.size(), originals.size(), docs.size(), sources.size() == 1,
                keys);
    }
}
