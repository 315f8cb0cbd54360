package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * One refresh of stored corroboration after documents {@code from+1 … last} were stored: which claims' corroboration
 * changed, and their new values, computed exactly as {@link StoreCorroboration} does on the fly (same capped,
 * ordered claim lists per actor, same term matching, same counting).
 *
 * <p>A claim's carriers are the matching claims among the first {@link StoreCorroboration#MAX_CLAIMS} claims about
 * each actor it is about. A new claim about actor {@code a} can change only (1) its own corroboration and (2) that
 * of the claims about {@code a} it matches (matching is symmetric) — unless {@code a} has more claims than the cap,
 * where a new claim may push another out of the capped list: then every claim about {@code a} is recomputed.
 */
final class CorroborationRefresh {
    private final Connection c;
    private final Function<ClaimRow, Set<String>> termsOf;
    private final long from;
    private final long last;
    /** Every claim about an actor, in the order of {@link StoreReader#claimsAbout}. */
    private final Map<Long, List<ClaimRow>> about = new HashMap<>();
    private final Map<Long, ActorClaims> capped = new HashMap<>();
    /** Each loaded claim once, by key. */
    private final Map<String, ClaimRow> rows = new HashMap<>();
    /** Actors each claim is about, ascending (as {@link StoreReader#subjectsOf}). */
    private final Map<String, List<Long>> subjects = new HashMap<>();

    CorroborationRefresh(Connection c, Function<ClaimRow, Set<String>> termsOf, long from, long last) {
        this.c = c;
        this.termsOf = termsOf;
        this.from = from;
        this.last = last;
    }

    /** Claim key → corroboration, for every claim whose stored corroboration must be (re)written. */
    Map<String, Corroboration> compute() throws SQLException {
        List<String> fresh = newClaims();
        loadSubjects("doc_id > ? AND doc_id <= ?", List.of(from, last));
        Map<Long, List<String>> freshAbout = new HashMap<>();
        for (String key : fresh) {
            for (long a : subjects.getOrDefault(key, List.of())) {
                freshAbout.computeIfAbsent(a, k -> new ArrayList<>()).add(key);
            }
        }
        load(freshAbout.keySet());
        Map<String, ClaimRow> todo = new LinkedHashMap<>();
        Map<String, Corroboration> out = new LinkedHashMap<>();
        for (String key : fresh) {
            if (subjects.containsKey(key)) {
                todo.put(key, rows.get(key));
            } else {
                out.put(key, Corroboration.alone(key)); // about no actor: nothing else can carry it
            }
        }
        if (from > 0) {
            for (Map.Entry<Long, List<String>> e : freshAbout.entrySet()) {
                List<ClaimRow> all = about.get(e.getKey());
                if (all.size() > StoreCorroboration.MAX_CLAIMS) {
                    all.forEach(r -> todo.putIfAbsent(r.key(), r));
                } else {
                    ActorClaims index = capped.get(e.getKey());
                    for (String n : e.getValue()) {
                        index.matching(termsOf.apply(rows.get(n))).forEach(r -> todo.putIfAbsent(r.key(), r));
                    }
                }
            }
            Set<Long> oldDocs = new TreeSet<>();
            todo.values().stream().filter(r -> r.docId() <= from).forEach(r -> oldDocs.add(r.docId()));
            for (List<Long> part : CorroborationRows.chunks(new ArrayList<>(oldDocs), 500)) {
                loadSubjects("doc_id IN (" + "?,".repeat(part.size() - 1) + "?)", part);
            }
            Set<Long> needed = new TreeSet<>();
            todo.keySet().forEach(k -> needed.addAll(subjects.getOrDefault(k, List.of())));
            needed.removeAll(about.keySet());
            load(needed);
        }
        for (ClaimRow r : todo.values()) {
            out.put(r.key(), StoreCorroboration.corroborate(r, termsOf.apply(r), subjects.get(r.key()),
                    capped::get));
        }
        return out;
    }

    /** Keys of the claims of the new documents. */
    private List<String> newClaims() throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT doc_id, local_id FROM claims"
                + " WHERE doc_id > ? AND doc_id <= ? ORDER BY doc_id, local_id")) {
            ps.setLong(1, from);
            ps.setLong(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + "/" + rs.getString(2));
                }
            }
        }
        return out;
    }

    private void loadSubjects(String where, List<Long> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT doc_id, claim_id, actor_id FROM claim_actors WHERE "
                + where + " ORDER BY doc_id, claim_id, actor_id")) {
            for (int i = 0; i < args.size(); i++) {
                ps.setLong(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    subjects.computeIfAbsent(rs.getLong(1) + "/" + rs.getString(2), k -> new ArrayList<>())
                            .add(rs.getLong(3));
                }
            }
        }
    }

    /** Loads every claim about each of these actors (all actors at once for a first refresh). */
    private void load(Set<Long> actors) throws SQLException {
        if (actors.isEmpty()) {
            return;
        }
        String sql = "SELECT " + StoreReader.CLAIM_COLUMNS + ", ca.actor_id FROM claim_actors ca"
                + " JOIN claims c ON c.doc_id = ca.doc_id AND c.local_id = ca.claim_id" + StoreReader.CLAIM_JOINS
                + " %s ORDER BY ca.actor_id, d.published_day, c.doc_id, c.start_off, c.local_id";
        if (from == 0) {
            query(String.format(sql, ""), List.of());
        } else {
            for (List<Long> part : CorroborationRows.chunks(new ArrayList<>(actors), 500)) {
                query(String.format(sql, "WHERE ca.actor_id IN (" + "?,".repeat(part.size() - 1) + "?)"), part);
            }
        }
        for (long a : actors) {
            List<ClaimRow> all = about.computeIfAbsent(a, k -> new ArrayList<>());
            capped.put(a, new ActorClaims(all.subList(0, Math.min(all.size(), StoreCorroboration.MAX_CLAIMS)),
                    termsOf));
        }
    }

    private void query(String sql, List<Long> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setLong(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ClaimRow r = StoreReader.claimRow(rs);
                    ClaimRow known = rows.putIfAbsent(r.key(), r);
                    about.computeIfAbsent(rs.getLong(16), k -> new ArrayList<>()).add(known == null ? r : known);
                }
            }
        }
    }
}
