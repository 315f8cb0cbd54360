package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Stored corroboration ({@code claim_corroboration}, schema version 4): reading a document's or a claim's rows, and
 * bringing them up to date after documents were stored ({@link #refresh}). The rows hold what
 * {@link StoreCorroboration} computes on the fly, with the first {@value #KEPT_CARRIERS} carriers (what any view
 * shows). Rows are current when {@code corroboration_state.upto_doc} equals the highest stored document id.
 */
final class CorroborationRows {
    /** Carriers kept per stored claim (the API lists this many). */
    static final int KEPT_CARRIERS = 50;
    private static final String COLUMNS = "k.claim_id, k.independent_sources, k.outlets, k.originals, k.documents,"
            + " k.single_source, k.carriers";

    private CorroborationRows() {
    }

    /** The highest document id the stored rows account for. */
    static long upTo(Connection c) throws SQLException {
        return single(c, "SELECT upto_doc FROM corroboration_state WHERE id = 1");
    }

    /** The highest stored document id, 0 when none. */
    static long lastDocument(Connection c) throws SQLException {
        return single(c, "SELECT COALESCE(MAX(id), 0) FROM documents");
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Stored corroboration of a document's claims in text order (as {@link StoreReader#claimsOf}), at most limit. */
    static Map<String, Corroboration> ofDocument(Connection c, long docId, int limit) throws SQLException {
        Map<String, Corroboration> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM claims c"
                + " JOIN claim_corroboration k ON k.doc_id = c.doc_id AND k.claim_id = c.local_id"
                + " WHERE c.doc_id = ? ORDER BY c.start_off, c.local_id LIMIT ?")) {
            ps.setLong(1, docId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), read(rs));
                }
            }
        }
        return out;
    }

    /** Stored corroboration of one claim. */
    static Optional<Corroboration> ofClaim(Connection c, long docId, String claimId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM claim_corroboration k"
                + " WHERE k.doc_id = ? AND k.claim_id = ?")) {
            ps.setLong(1, docId);
            ps.setString(2, claimId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Corroboration read(ResultSet rs) throws SQLException {
        String carriers = rs.getString(7);
        return new Corroboration(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getBoolean(6),
                carriers.isEmpty() ? List.of() : Arrays.asList(carriers.split(" ")));
    }

    /**
     * Recomputes the stored corroboration that documents stored after {@code corroboration_state.upto_doc} changed,
     * inside the caller's transaction (the caller commits): the rows of the new documents' claims, and of every
     * stored claim that one of them now corroborates (see {@link CorroborationRefresh}). Returns the number of rows
     * written.
     */
    static int refresh(Connection c, Function<ClaimRow, Set<String>> termsOf) throws SQLException {
        long from = upTo(c);
        long last = lastDocument(c);
        if (last <= from) {
            return 0;
        }
        Map<String, Corroboration> rows = new CorroborationRefresh(c, termsOf, from, last).compute();
        write(c, rows, from == 0);
        try (PreparedStatement ps = c.prepareStatement("UPDATE corroboration_state SET upto_doc = ? WHERE id = 1")) {
            ps.setLong(1, last);
            ps.executeUpdate();
        }
        return rows.size();
    }

    private static void write(Connection c, Map<String, Corroboration> rows, boolean all) throws SQLException {
        if (all) {
            try (Statement st = c.createStatement()) {
                st.execute("DELETE FROM claim_corroboration");
            }
        } else {
            try (PreparedStatement del = c.prepareStatement(
                    "DELETE FROM claim_corroboration WHERE doc_id = ? AND claim_id = ?")) {
                int n = 0;
                for (String key : rows.keySet()) {
                    bindKey(del, key);
                    del.addBatch();
                    if (++n % 1000 == 0) {
                        del.executeBatch();
                    }
                }
                del.executeBatch();
            }
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO claim_corroboration (doc_id, claim_id,"
                + " independent_sources, outlets, originals, documents, single_source, carriers)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Map.Entry<String, Corroboration> e : rows.entrySet()) {
                Corroboration k = e.getValue();
                bindKey(ins, e.getKey());
                ins.setInt(3, k.independentSources());
                ins.setInt(4, k.outlets());
                ins.setInt(5, k.originals());
                ins.setInt(6, k.documents());
                ins.setBoolean(7, k.singleSource());
                ins.setString(8, String.join(" ", k.carriers().subList(0,
                        Math.min(KEPT_CARRIERS, k.carriers().size()))));
                ins.addBatch();
                if (++n % 1000 == 0) {
                    ins.executeBatch();
                }
            }
            ins.executeBatch();
        }
    }

    private static void bindKey(PreparedStatement ps, String key) throws SQLException {
        int slash = key.indexOf('/');
        ps.setLong(1, Long.parseLong(key.substring(0, slash)));
        ps.setString(2, key.substring(slash + 1));
    }

    /** Splits a list into chunks of at most n (for IN lists). */
    static <T> List<List<T>> chunks(List<T> all, int n) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += n) {
            out.add(all.subList(i, Math.min(all.size(), i + n)));
        }
        return out;
    }
}
