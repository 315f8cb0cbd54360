package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the stored document a new text re-publishes, through the {@code doc_bands} LSH table: candidates share at
 * least one band of their MinHash signature; the best candidate at or above {@link StoreWriter#NEAR_DUPLICATE}
 * estimated similarity gives its origin.
 */
final class NearDuplicates {
    /** The origin found (0 when none) and its estimated similarity (0 when none). */
    record Match(long originId, double similarity) {
    }

    private NearDuplicates() {
    }

    static Match find(Connection c, int[] sig) throws SQLException {
        Set<Long> candidates = new LinkedHashSet<>();
        StringBuilder sql = new StringBuilder("SELECT band, hash, doc_id FROM doc_bands WHERE hash IN (");
        for (int b = 0; b < MinHash.BANDS; b++) {
            sql.append(b == 0 ? "?" : ",?");
        }
        try (PreparedStatement ps = c.prepareStatement(sql.append(")").toString())) {
            long[] bands = new long[MinHash.BANDS];
            for (int b = 0; b < MinHash.BANDS; b++) {
                bands[b] = MinHash.band(sig, b);
                ps.setLong(b + 1, bands[b]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && candidates.size() < 200) {
                    if (bands[rs.getInt(1)] == rs.getLong(2)) {
                        candidates.add(rs.getLong(3));
                    }
                }
            }
        }
        long best = 0;
        double bestSim = 0;
        long bestOrigin = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT minhash, origin_id FROM documents WHERE id = ?")) {
            for (long id : candidates) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    double sim = MinHash.similarity(sig, MinHash.decode(rs.getString(1)));
                    if (sim > bestSim || (sim == bestSim && best > 0 && id < best)) {
                        best = id;
                        bestSim = sim;
                        bestOrigin = rs.getLong(2);
                    }
                }
            }
        }
        return bestSim >= StoreWriter.NEAR_DUPLICATE ? new Match(bestOrigin, bestSim) : new Match(0, 0);
    }

    static void insertBands(Connection c, long docId, int[] sig) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO doc_bands (band, hash, doc_id) VALUES (?,?,?)")) {
            for (int b = 0; b < MinHash.BANDS; b++) {
                ps.setInt(1, b);
                ps.setLong(2, MinHash.band(sig, b));
                ps.setLong(3, docId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
