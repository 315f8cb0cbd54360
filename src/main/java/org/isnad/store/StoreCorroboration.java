package org.isnad.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Corroboration from the store: the claims about the same actors whose content terms match ({@link ClaimTerms}) are
 * the carriers; independent sources are their distinct attributed actors, or for unattributed and unnamed sources
 * their distinct original reports (near-duplicate clusters), so re-publications of one text never add a source.
 */
public final class StoreCorroboration {
    /** At most this many claims per actor are compared. */
    public static final int MAX_CLAIMS = 2000;

    private final StoreReader reader;
    /** Content terms by claim key: claims never change once stored. */
    private final Lru<String, Set<String>> terms = new Lru<>(200_000);
    /** Claims about an actor, indexed by term; valid for one store generation. */
    private final Lru<Long, ActorClaims> about = new Lru<>(4096);
    private long aboutGeneration = -1;
    /** Store generation and whether the stored rows were current then (1) or not (0). */
    private volatile long[] current = {-1, 0};

    public StoreCorroboration(StoreReader reader) {
        this.reader = reader;
    }

    private ActorClaims claimsAbout(long actor) {
        long g = reader.generation();
        synchronized (about) {
            if (g != aboutGeneration) {
                about.clear();
                aboutGeneration = g;
            }
        }
        Optional<ActorClaims> hit = about.get(actor);
        if (hit.isPresent()) {
            return hit.get();
        }
        ActorClaims rows = new ActorClaims(reader.claimsAbout(actor, MAX_CLAIMS), this::termsOf);
        synchronized (about) {
            if (reader.generation() == g && aboutGeneration == g) {
                about.put(actor, rows);
            }
        }
        return rows;
    }

    private Set<String> termsOf(ClaimRow c) {
        return terms.computeIfAbsent(c.key(), k -> ClaimTerms.of(c.text()));
    }

    /**
     * Corroboration of every stored claim of a document (claim id → corroboration): the stored rows when they are
     * current ({@link CorroborationRows}), else computed with two queries for the lot and the actors' claim indexes.
     */
    public Map<String, Corroboration> forDocument(long docId, int limit) {
        if (storedRowsCurrent()) {
            return reader.with(c -> CorroborationRows.ofDocument(c, docId, limit));
        }
        return computeForDocument(docId, limit);
    }

    /** {@link #forDocument} computed on the fly, whatever is stored. */
    public Map<String, Corroboration> computeForDocument(long docId, int limit) {
        Map<String, Corroboration> out = new LinkedHashMap<>();
        Map<String, List<Long>> subjects = reader.subjectsOfDocument(docId);
        for (ClaimRow row : reader.claimsOf(docId, limit)) {
            out.put(row.claimId(), corroborate(row, termsOf(row), subjects.getOrDefault(row.claimId(), List.of()),
                    this::claimsAbout));
        }
        return out;
    }

    /** Corroboration of a stored claim, counting itself. */
    public Corroboration forStoredClaim(long docId, String claimId) {
        if (storedRowsCurrent()) {
            Optional<Corroboration> stored = reader.with(c -> CorroborationRows.ofClaim(c, docId, claimId));
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        Optional<ClaimRow> row = reader.claim(docId, claimId);
        if (row.isEmpty()) {
            return new Corroboration(0, 0, 0, 0, false, List.of());
        }
        return corroborate(row.get(), termsOf(row.get()), reader.subjectsOf(docId, claimId), this::claimsAbout);
    }

    /** True when the stored rows account for every stored document (checked once per store generation). */
    private boolean storedRowsCurrent() {
        long g = reader.generation();
        long[] s = current;
        if (s[0] == g) {
            return s[1] == 1;
        }
        boolean now = reader.with(c -> CorroborationRows.upTo(c) >= CorroborationRows.lastDocument(c));
        current = new long[] {g, now ? 1 : 0};
        return now;
    }

    /** The carriers of a claim among the claims about the actors it is about, itself included, counted. */
    static Corroboration corroborate(ClaimRow row, Set<String> terms, List<Long> subjects,
                                     LongFunction<ActorClaims> about) {
        List<ClaimRow> carriers = matching(terms, subjects, about);
        if (carriers.stream().noneMatch(r -> r.key().equals(row.key()))) {
            carriers.add(row);
        }
        return count(carriers);
    }

    /** The stored claims about any of the actors whose terms match, each once. */
    private static List<ClaimRow> matching(Set<String> claimTerms, List<Long> actors,
                                           LongFunction<ActorClaims> about) {
        List<ClaimRow> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (long actor : actors) {
            for (ClaimRow c : about.apply(actor).matching(claimTerms)) {
                if (seen.add(c.key())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /**
     * Corroboration of a claim not (yet) stored: its text and the canonical keys of the actors it is about
     * (see {@link CanonicalKeys}). Counts only stored claims; zero sources when none match.
     */
    public Corroboration forText(String claimText, List<String> actorKeys) {
        List<Long> actors = new ArrayList<>();
        for (String key : actorKeys) {
            reader.actorByKey(key).ifPresent(actors::add);
        }
        return count(matching(ClaimTerms.of(claimText), actors, this::claimsAbout));
    }

    /** Corroboration of every claim about one actor, computed together: claim key → corroboration. */
    public Map<String, Corroboration> forActor(long actor, List<ClaimRow> claims) {
        ActorClaims index = new ActorClaims(claims, this::termsOf);
        Map<String, Corroboration> out = new LinkedHashMap<>();
        for (ClaimRow c : claims) {
            List<ClaimRow> carriers = index.matching(termsOf(c));
            if (carriers.stream().noneMatch(r -> r.key().equals(c.key()))) {
                carriers.add(c);
            }
            out.put(c.key(), count(carriers));
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
