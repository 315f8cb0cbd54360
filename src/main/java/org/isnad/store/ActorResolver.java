package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.doc.Document;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Layers;
import org.isnad.store.ActorCandidates.Candidate;

/**
 * Finds or creates the actor of every entity of a document being written, and records the surfaces it was written
 * as. An entity's exact key ({@link CanonicalKeys}: the folded name) is looked up in {@code actor_keys}; a name not
 * seen before is compared ({@link ActorName}) with the stored actors that share its blocking key, so that
 * «أبو محمد الجولاني» and "Abu Mohammed al-Jawlani" are one actor, and a bare «الجولاني» joins the one full name
 * ending in it (several → it stays apart). A person named only by common given names (محمد, عبد الله, Abu Muhammad)
 * gets an actor of its own document. Merging is order-dependent only in which of two spellings names the actor.
 *
 * <p>Caches: exact key → actor and (actor, alias) pairs known to be stored, per document (dropped when the document
 * is undone), per batch (dropped when the batch is undone) and committed (bounded). One writer thread.
 */
final class ActorResolver {
    private static final int MAX_CACHE = 200_000;

    private final CanonicalKeys keys;
    private final Map<String, Long> committedActors = new HashMap<>();
    private final Set<String> committedAliases = new java.util.HashSet<>();
    private final Map<String, Long> batchActors = new HashMap<>();
    private final Set<String> batchAliases = new java.util.HashSet<>();
    private final ActorCandidates candidates = new ActorCandidates();

    ActorResolver(CanonicalKeys keys) {
        this.keys = keys;
    }

    /** What one document added to the caches, kept only if the document is kept. */
    static final class DocState {
        private final Map<String, Long> actors = new HashMap<>();
        private final Set<String> aliases = new java.util.HashSet<>();
        private final Set<Long> created = new java.util.HashSet<>();
        private final Map<String, Long> keys = new LinkedHashMap<>();
        private final Map<String, Long> local = new HashMap<>();
    }

    synchronized void keep(DocState s) {
        batchActors.putAll(s.actors);
        batchAliases.addAll(s.aliases);
    }

    synchronized void committed() {
        if (committedActors.size() + batchActors.size() > MAX_CACHE) {
            committedActors.clear();
        }
        if (committedAliases.size() + batchAliases.size() > MAX_CACHE) {
            committedAliases.clear();
        }
        committedActors.putAll(batchActors);
        committedAliases.addAll(batchAliases);
        rolledBack();
    }

    synchronized void rolledBack() {
        batchActors.clear();
        batchAliases.clear();
        candidates.batchEnded();
    }

    synchronized void clear() {
        candidates.clear();
        committedActors.clear();
        committedAliases.clear();
        rolledBack();
    }

    private Long cached(String key, DocState s) {
        Long id = s.actors.get(key);
        if (id == null) {
            id = batchActors.get(key);
        }
        return id != null ? id : committedActors.get(key);
    }

    /** The actor of each entity of the document (entity id → actor id), creating actors and aliases as needed. */
    synchronized Map<String, Long> resolve(Connection c, Document doc, String docHash, DocState s)
            throws SQLException {
        List<Entity> entities = doc.get(Layers.ENTITIES);
        Map<String, String> keyOf = new HashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        for (Entity e : entities) {
            String key = StoreWriter.clip(keys.key(e.type(), e.name()), 900);
            keyOf.put(e.id(), key);
            if (cached(key, s) == null) {
                unknown.add(key);
            }
        }
        s.actors.putAll(lookup(c, unknown));
        Map<String, Long> out = new LinkedHashMap<>();
        for (Entity e : entities) {
            String key = keyOf.get(e.id());
            Long id = s.local.containsKey(key) ? s.local.get(key) : cached(key, s);
            if (id == null) {
                id = place(c, e, key, docHash, s);
                if (!s.local.containsKey(key)) {
                    s.actors.put(key, id);
                }
            }
            out.put(e.id(), id);
        }
        insertKeys(c, s);
        aliases(c, doc, entities, out, s);
        return out;
    }

    private static Map<String, Long> lookup(Connection c, Set<String> keys) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += 100) {
            List<String> part = all.subList(from, Math.min(all.size(), from + 100));
            try (PreparedStatement ps = c.prepareStatement("SELECT name_key, actor_id FROM actor_keys WHERE name_key IN ("
                    + "?,".repeat(part.size() - 1) + "?)")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setString(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        return out;
    }

    private long place(Connection c, Entity e, String key, String docHash, DocState s) throws SQLException {
        ActorName n = ActorName.of(e.type(), e.name());
        if (n.generic()) {
            // an actor of this document only: its plain key is never registered or cached beyond the document
            String own = StoreWriter.clip(key, 900) + "#" + docHash.substring(0, 16);
            long id = register(s, own, create(c, e, own, n, s));
            s.local.put(key, id);
            return id;
        }
        if (n.block().isEmpty()) {
            return register(s, key, create(c, e, key, n, s));
        }
        String block = n.block().get();
        List<Candidate> cands = candidates(c, e.type(), n);
        Candidate best = null;
        double bestScore = -1;
        for (Candidate cand : cands) {
            if (cand.block().equals(block) && n.sameAs(cand.name())) {
                double score = org.isnad.names.NameMatcher.compare(n.parsed(), cand.name().parsed(),
                        org.isnad.names.PartWeights.PRIOR).score();
                if (score > bestScore) {
                    best = cand;
                    bestScore = score;
                }
            }
        }
        if (best != null) {
            return register(s, key, best.id());
        }
        if (n.bareName()) {
            List<Candidate> fulls = cands.stream().filter(x -> x.parts() >= 2 && n.shortFormOf(x.name())).toList();
            if (fulls.size() == 1) {
                return register(s, key, fulls.get(0).id());
            }
        } else if (n.surname().isPresent()) {
            // a full name whose last part was seen alone before: it names that bare actor, unless another full
            // name already ends in the same part (then the bare actor stays apart)
            List<Candidate> bare = cands.stream().filter(x -> x.parts() == 1 && x.name().shortFormOf(n)).toList();
            if (bare.size() == 1 && cands.stream().noneMatch(x -> x.parts() >= 2
                    && bare.get(0).name().shortFormOf(x.name()))) {
                adopt(c, bare.get(0), e, n);
                return register(s, key, bare.get(0).id());
            }
        }
        return register(s, key, create(c, e, key, n, s));
    }

    /**
     * Stored actors a new name may join: those with its blocking key, and those whose surname is the bare name
     * (for a bare name) or who are the bare form of its surname or share it (for a full name).
     */
    private List<Candidate> candidates(Connection c, EntityType type, ActorName n) throws SQLException {
        String block = n.block().orElseThrow();
        Optional<String> surname = n.bareName() ? Optional.of(block) : n.surname();
        Map<Long, Candidate> out = new LinkedHashMap<>();
        for (Candidate x : candidates.find(c, type, "block_key", block)) {
            out.putIfAbsent(x.id(), x);
        }
        if (surname.isPresent()) {
            if (!surname.get().equals(block)) {
                for (Candidate x : candidates.find(c, type, "block_key", surname.get())) {
                    out.putIfAbsent(x.id(), x);
                }
            }
            for (Candidate x : candidates.find(c, type, "surname_key", surname.get())) {
                out.putIfAbsent(x.id(), x);
            }
        }
        return new ArrayList<>(out.values());
    }

    private long create(Connection c, Entity e, String canonicalKey, ActorName n, DocState s)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actors (canonical_key, type, name, block_key,"
                + " surname_key, name_parts) VALUES (?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, canonicalKey);
            ps.setString(2, e.type().name());
            ps.setString(3, StoreWriter.clip(e.name(), 1000));
            ps.setString(4, n.generic() ? null : n.block().map(b -> StoreWriter.clip(b, 1000)).orElse(null));
            ps.setString(5, n.generic() ? null : n.surname().map(b -> StoreWriter.clip(b, 1000)).orElse(null));
            ps.setInt(6, n.parts());
            ps.executeUpdate();
            if (!n.generic()) {
                candidates.written("block_key", n.block());
                candidates.written("surname_key", n.surname());
            }
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                s.created.add(rs.getLong(1));
                return rs.getLong(1);
            }
        }
    }

    /** A bare-name actor takes the full name that turned up: its display name and keys become the full name's. */
    private void adopt(Connection c, Candidate bare, Entity e, ActorName n) throws SQLException {
        long id = bare.id();
        candidates.written("block_key", java.util.Optional.of(bare.block()));
        candidates.written("block_key", n.block());
        candidates.written("surname_key", n.surname());
        try (PreparedStatement ps = c.prepareStatement("UPDATE actors SET name = ?, block_key = ?, surname_key = ?,"
                + " name_parts = ? WHERE id = ?")) {
            ps.setString(1, StoreWriter.clip(e.name(), 1000));
            ps.setString(2, n.block().map(b -> StoreWriter.clip(b, 1000)).orElse(null));
            ps.setString(3, n.surname().map(b -> StoreWriter.clip(b, 1000)).orElse(null));
            ps.setInt(4, n.parts());
            ps.setLong(5, id);
            ps.executeUpdate();
        }
    }

    private static long register(DocState s, String key, long actor) {
        s.keys.put(key, actor);
        return actor;
    }

    private static void insertKeys(Connection c, DocState s) throws SQLException {
        if (s.keys.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actor_keys (name_key, actor_id) VALUES (?,?)")) {
            for (Map.Entry<String, Long> k : s.keys.entrySet()) {
                ps.setString(1, k.getKey());
                ps.setLong(2, k.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void aliases(Connection c, Document doc, List<Entity> entities, Map<String, Long> actorOf, DocState s)
            throws SQLException {
        Map<String, Object[]> fresh = new LinkedHashMap<>();
        Map<String, Object[]> check = new LinkedHashMap<>();
        for (Entity e : entities) {
            long actor = actorOf.get(e.id());
            Set<String> surfaces = new LinkedHashSet<>();
            surfaces.add(e.name().strip());
            e.mentions().forEach(m -> surfaces.add(doc.text(m).strip()));
            for (String surface : surfaces) {
                String a = StoreWriter.clip(surface, 1000);
                String k = actor + "|" + a;
                if (a.isEmpty() || s.aliases.contains(k) || batchAliases.contains(k) || committedAliases.contains(k)) {
                    continue;
                }
                s.aliases.add(k);
                (s.created.contains(actor) ? fresh : check).put(k, new Object[] {actor, a});
            }
        }
        if (!check.isEmpty()) {
            List<Object[]> pairs = new ArrayList<>(check.values());
            for (int from = 0; from < pairs.size(); from += 100) {
                List<Object[]> part = pairs.subList(from, Math.min(pairs.size(), from + 100));
                try (PreparedStatement ps = c.prepareStatement("SELECT actor_id, alias FROM actor_aliases WHERE"
                        + " (actor_id, alias) IN (" + "(?,?),".repeat(part.size() - 1) + "(?,?))")) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setLong(2 * i + 1, (Long) part.get(i)[0]);
                        ps.setString(2 * i + 2, (String) part.get(i)[1]);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            check.remove(rs.getLong(1) + "|" + rs.getString(2));
                        }
                    }
                }
            }
            fresh.putAll(check);
        }
        if (fresh.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actor_aliases (actor_id, alias) VALUES (?,?)")) {
            for (Object[] p : fresh.values()) {
                ps.setLong(1, (Long) p[0]);
                ps.setString(2, (String) p[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
