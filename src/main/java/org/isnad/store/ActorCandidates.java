package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.EntityType;

/**
 * The stored actors that share a blocking key with a new name ({@code actors.block_key} or {@code surname_key}), with
 * their parsed names, cached by key. Most new names have no candidate at all, so the cache mostly answers "none"
 * without a query. It only ever holds committed state: a key written by the open batch is marked dirty, is answered
 * from the database (which sees the batch's own rows) and is not cached again until the batch commits or is undone.
 * One writer thread.
 */
final class ActorCandidates {
    private static final int MAX_CANDIDATES = 50;
    private static final int MAX_CACHE = 100_000;

    /** A stored actor that a new name may join. */
    record Candidate(long id, ActorName name, int parts, String block) {
    }

    private final Map<String, List<Candidate>> cache = new HashMap<>();
    /** Parsed names of stored actors (a key the open batch wrote is queried again, its names are not re-parsed). */
    private final Map<String, ActorName> names = new HashMap<>();
    private final Set<String> dirty = new HashSet<>();
    private java.util.BitSet seen;
    private int seenBits;
    private int seenAdded;

    /** Actors of this type whose {@code column} ("block_key" or "surname_key") equals {@code value}. */
    List<Candidate> find(Connection c, EntityType type, String column, String value) throws SQLException {
        String k = column + '\u0000' + value;
        if (!mayExist(c, k)) {
            return List.of();
        }
        List<Candidate> rows = dirty.contains(k) ? null : cache.get(k);
        if (rows == null) {
            rows = query(c, column, value, names);
            if (!dirty.contains(k)) {
                if (cache.size() >= MAX_CACHE) {
                    cache.clear();
                }
                cache.put(k, rows);
            }
        }
        List<Candidate> out = new ArrayList<>(rows.size());
        for (Candidate x : rows) {
            if (x.name().type() == type) {
                out.add(x);
            }
        }
        return out;
    }

    private static List<Candidate> query(Connection c, String column, String value, Map<String, ActorName> names)
            throws SQLException {
        if (names.size() > MAX_CACHE) {
            names.clear();
        }
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, type, name, name_parts, block_key FROM actors WHERE "
                + column + " = ? ORDER BY id LIMIT " + MAX_CANDIDATES)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(2);
                    String name = rs.getString(3);
                    ActorName parsed = names.computeIfAbsent(type + '\u0000' + name,
                            k -> ActorName.of(EntityType.valueOf(type), name));
                    out.add(new Candidate(rs.getLong(1), parsed, rs.getInt(4), rs.getString(5)));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * A Bloom filter of every (column, key) stored, loaded on first use: a name whose keys were never stored (most new
     * names) needs no query. Keys of undone writes stay in it (a false "maybe" costs one query).
     */
    private boolean mayExist(Connection c, String k) throws SQLException {
        if (seen == null || seenAdded > seenBits / 12) {
            load(c);
        }
        long h = hash(k);
        for (int i = 0; i < 4; i++) {
            if (!seen.get(bit(h, i))) {
                return false;
            }
        }
        return true;
    }

    private void load(Connection c) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT block_key, surname_key FROM actors"
                + " WHERE block_key IS NOT NULL"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add("block_key" + '\u0000' + rs.getString(1));
                if (rs.getString(2) != null) {
                    keys.add("surname_key" + '\u0000' + rs.getString(2));
                }
            }
        }
        seenBits = Math.max(1 << 20, Integer.highestOneBit(Math.max(1, keys.size() * 24)) << 1);
        seen = new java.util.BitSet(seenBits);
        seenAdded = 0;
        keys.forEach(this::remember);
    }

    private void remember(String k) {
        if (seen == null) {
            return;
        }
        long h = hash(k);
        for (int i = 0; i < 4; i++) {
            seen.set(bit(h, i));
        }
        seenAdded++;
    }

    private int bit(long h, int i) {
        int h1 = (int) h;
        int h2 = (int) (h >>> 32);
        return Math.floorMod(h1 + i * h2, seenBits);
    }

    private static long hash(String k) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < k.length(); i++) {
            h = (h ^ k.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** The open batch wrote an actor with this key. */
    void written(String column, java.util.Optional<String> value) {
        value.ifPresent(v -> {
            String k = column + '\u0000' + v;
            dirty.add(k);
            cache.remove(k);
            remember(k);
        });
    }

    /** The batch committed or was undone: its keys are read from the database again when next asked. */
    void batchEnded() {
        dirty.clear();
    }

    void clear() {
        cache.clear();
        names.clear();
        dirty.clear();
        seen = null;
    }
}
