package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.isnad.doc.Document;
import org.isnad.text.ArabicNormalizer;

/**
 * Read queries over the store: documents, actors, claims about an actor, roles, screening hits, graph edges.
 * Thread-safe: each call takes its own pooled connection.
 */
public final class StoreReader {
    static final String CLAIM_COLUMNS = "c.doc_id, c.local_id,"
            + " SUBSTRING(d.body FROM c.start_off + 1 FOR c.end_off - c.start_off), c.start_off, c.end_off,"
            + " c.certainty, c.attribution_id, a.source_type,"
            + " CASE WHEN a.source_start IS NULL THEN NULL"
            + " ELSE SUBSTRING(d.body FROM a.source_start + 1 FOR a.source_end - a.source_start) END,"
            + " a.source_actor_id, d.outlet, d.title, d.published, d.published_day, d.origin_id";
    static final String CLAIM_JOINS = " JOIN documents d ON d.id = c.doc_id"
            + " LEFT JOIN attributions a ON a.doc_id = c.doc_id AND a.local_id = c.attribution_id";

    private final Database db;

    public StoreReader(Database db) {
        this.db = db;
    }

    @FunctionalInterface
    interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    <T> T with(Query<T> q) {
        try (Connection c = db.connection()) {
            c.setReadOnly(true);
            return q.run(c);
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + Database.rootMessage(e), e);
        }
    }

    /** See {@link Database#generation()}. */
    public long generation() {
        return db.generation();
    }

    public long documentCount() {
        return with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM documents");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** A stored document with all its stored layers. */
    public Optional<Document> document(long id) {
        return with(c -> new DocumentLoader(c, id).load());
    }

    public Optional<DocumentInfo> info(long id) {
        List<DocumentInfo> l = infos("WHERE id = ?", id, 1, 0);
        return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
    }

    /** Stored documents, newest first. */
    public List<DocumentInfo> recent(int limit, int offset) {
        return infos("", null, limit, offset);
    }

    private List<DocumentInfo> infos(String where, Long arg, int limit, int offset) {
        return with(c -> {
            List<DocumentInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, ext_id, title, outlet, url, published,"
                    + " origin_id, similarity, layers FROM documents " + where
                    + " ORDER BY id DESC LIMIT " + Math.max(0, limit) + " OFFSET " + Math.max(0, offset))) {
                if (arg != null) {
                    ps.setLong(1, arg);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DocumentInfo(rs.getLong(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                                Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                                Optional.ofNullable(rs.getString(6)), rs.getLong(7), rs.getDouble(8),
                                rs.getString(9)));
                    }
                }
            }
            return out;
        });
    }

    /** The actor of each entity of a document: local entity id → actor id. */
    public Map<String, Long> actorsOfDocument(long docId) {
        return with(c -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT local_id, actor_id FROM entities WHERE doc_id = ?")) {
                ps.setLong(1, docId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    public Optional<ActorInfo> actor(long id) {
        return with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, canonical_key, type, name,"
                    + " (SELECT COUNT(DISTINCT doc_id) FROM entities e WHERE e.actor_id = actors.id)"
                    + " FROM actors WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new ActorInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), aliases(c, id), rs.getInt(5)));
                }
            }
        });
    }

    private static List<String> aliases(Connection c, long actor) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias LIMIT 200")) {
            ps.setLong(1, actor);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** The actor an exact name key ({@link CanonicalKeys}) was resolved to, if stored. */
    public Optional<Long> actorByKey(String key) {
        return with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT actor_id FROM actor_keys WHERE name_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    /** Actors whose folded canonical name contains the folded query, most mentioned first. */
    public List<ActorInfo> findActors(String name, int limit) {
        String folded = ArabicNormalizer.MATCHING.normalize(name).strip().replaceAll("\\s+", " ");
        if (folded.isEmpty()) {
            return List.of();
        }
        List<Long> ids = with(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM actors a WHERE a.id IN"
                    + " (SELECT k.actor_id FROM actor_keys k WHERE k.name_key LIKE ?)"
                    + " ORDER BY (SELECT COUNT(*) FROM entities e WHERE e.actor_id = a.id) DESC, a.id LIMIT ?")) {
                ps.setString(1, "%|%" + folded.replace("%", "").replace("_", "") + "%");
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
        List<ActorInfo> out = new ArrayList<>();
        ids.forEach(id -> actor(id).ifPresent(out::add));
        return out;
    }

    /** Claims about an actor (mentioned in the claim or an argument of a relation read from it), oldest first. */
    public List<ClaimRow> claimsAbout(long actor, int limit) {
        return with(c -> {
            List<ClaimRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CLAIM_COLUMNS + " FROM claim_actors ca"
                    + " JOIN claims c ON c.doc_id = ca.doc_id AND c.local_id = ca.claim_id" + CLAIM_JOINS
                    + " WHERE ca.actor_id = ? ORDER BY d.published_day, c.doc_id, c.start_off, c.local_id LIMIT ?")) {
                ps.setLong(1, actor);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(claimRow(rs));
                    }
                }
            }
            return out;
        });
    }

    /** One stored claim. */
    public Optional<ClaimRow> claim(long docId, String claimId) {
        return with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CLAIM_COLUMNS + " FROM claims c" + CLAIM_JOINS
                    + " WHERE c.doc_id = ? AND c.local_id = ?")) {
                ps.setLong(1, docId);
                ps.setString(2, claimId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(claimRow(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The actors a stored claim is about. */
    public List<Long> subjectsOf(long docId, String claimId) {
        return with(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT actor_id FROM claim_actors WHERE doc_id = ? AND claim_id = ? ORDER BY actor_id")) {
                ps.setLong(1, docId);
                ps.setString(2, claimId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /** The stored claims of a document, in text order. */
    public List<ClaimRow> claimsOf(long docId, int limit) {
        return with(c -> {
            List<ClaimRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + CLAIM_COLUMNS + " FROM claims c" + CLAIM_JOINS
                    + " WHERE c.doc_id = ? ORDER BY c.start_off, c.local_id LIMIT ?")) {
                ps.setLong(1, docId);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(claimRow(rs));
                    }
                }
            }
            return out;
        });
    }

    /** The actors each stored claim of a document is about: claim id → actor ids. */
    public Map<String, List<Long>> subjectsOfDocument(long docId) {
        return with(c -> {
            Map<String, List<Long>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT claim_id, actor_id FROM claim_actors WHERE doc_id = ? ORDER BY claim_id, actor_id")) {
                ps.setLong(1, docId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    /** Display name and type of actors, by id (ids not stored are left out). */
    public Map<Long, String[]> names(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return with(c -> {
            Map<Long, String[]> out = new LinkedHashMap<>();
            List<Long> all = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
            for (int from = 0; from < all.size(); from += 200) {
                List<Long> part = all.subList(from, Math.min(all.size(), from + 200));
                try (PreparedStatement ps = c.prepareStatement("SELECT id, name, type FROM actors WHERE id IN ("
                        + "?,".repeat(part.size() - 1) + "?)")) {
                    for (int i = 0; i < part.size(); i++) {
                        ps.setLong(i + 1, part.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                        }
                    }
                }
            }
            return out;
        });
    }

    static ClaimRow claimRow(ResultSet rs) throws SQLException {
        String sourceType = rs.getString(8);
        long sourceActor = rs.getLong(10);
        boolean noActor = rs.wasNull();
        int day = rs.getInt(14);
        Optional<Integer> publishedDay = rs.wasNull() ? Optional.empty() : Optional.of(day);
        return new ClaimRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                rs.getString(6), Optional.ofNullable(rs.getString(7)), sourceType == null ? "OUTLET" : sourceType,
                Optional.ofNullable(rs.getString(9)), noActor ? Optional.empty() : Optional.of(sourceActor),
                Optional.ofNullable(rs.getString(11)), Optional.ofNullable(rs.getString(12)),
                Optional.ofNullable(rs.getString(13)), publishedDay, rs.getLong(15));
    }

    /** Screening hits of an actor across documents (possible matches, with list version). */
    public List<ScreeningRow> screeningOf(long actor) {
        return with(c -> {
            List<ScreeningRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT doc_id, list_name, list_version, reference,"
                    + " listed_name, matched_alias, score, status, explanation FROM screening_hits WHERE actor_id = ?"
                    + " ORDER BY score DESC, doc_id LIMIT 200")) {
                ps.setLong(1, actor);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ScreeningRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getString(8),
                                rs.getString(9)));
                    }
                }
            }
            return out;
        });
    }

    /** Relations an actor takes part in, with its role and the relation's role_text attribute when present. */
    public List<RoleRow> rolesOf(long actor) {
        return with(c -> {
            List<RoleRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.doc_id, r.local_id, r.type, x.role, r.attributes,"
                    + " SUBSTRING(d.body FROM r.ev_start + 1 FOR r.ev_end - r.ev_start), r.claim_id"
                    + " FROM relation_args x JOIN relations r ON r.doc_id = x.doc_id AND r.local_id = x.relation_id"
                    + " JOIN documents d ON d.id = r.doc_id WHERE x.actor_id = ? ORDER BY r.doc_id, r.local_id"
                    + " LIMIT 500")) {
                ps.setLong(1, actor);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RoleRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                roleText(rs.getString(5)), rs.getString(6), rs.getString(7)));
                    }
                }
            }
            return out;
        });
    }

    private static String roleText(String attributesJson) {
        try {
            var n = org.isnad.json.AnalysisJson.MAPPER.readTree(attributesJson).get("role_text");
            return n == null || n.isNull() ? "" : n.asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return "";
        }
    }

    /** Edges between actors read from relations that involve the given actor, each with its sentence. */
    public List<GraphEdge> edgesOf(long actor, int limit) {
        return with(c -> {
            List<GraphEdge> out = new ArrayList<>();
            // driven by the actor's index on relation_args (x), then the relation's own arguments by primary key
            try (PreparedStatement ps = c.prepareStatement("SELECT a1.actor_id, a2.actor_id, r.type, r.doc_id,"
                    + " r.local_id, r.claim_id, COALESCE(r.sent_start, r.ev_start), COALESCE(r.sent_end, r.ev_end),"
                    + " SUBSTRING(d.body FROM COALESCE(r.sent_start, r.ev_start) + 1"
                    + " FOR COALESCE(r.sent_end, r.ev_end) - COALESCE(r.sent_start, r.ev_start)), r.confidence"
                    + " FROM relation_args x"
                    + " JOIN relations r ON r.doc_id = x.doc_id AND r.local_id = x.relation_id"
                    + " JOIN relation_args a1 ON a1.doc_id = x.doc_id AND a1.relation_id = x.relation_id"
                    + " JOIN relation_args a2 ON a2.doc_id = x.doc_id AND a2.relation_id = x.relation_id"
                    + " AND a2.idx > a1.idx"
                    + " JOIN documents d ON d.id = x.doc_id"
                    + " WHERE x.actor_id = ? AND (a1.idx = x.idx OR a2.idx = x.idx)"
                    + " AND a1.actor_id IS NOT NULL AND a2.actor_id IS NOT NULL AND a1.actor_id <> a2.actor_id"
                    + " ORDER BY r.doc_id, r.local_id, a1.idx, a2.idx LIMIT ?")) {
                ps.setLong(1, actor);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new GraphEdge(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9),
                                rs.getDouble(10)));
                    }
                }
            }
            return out;
        });
    }
}
