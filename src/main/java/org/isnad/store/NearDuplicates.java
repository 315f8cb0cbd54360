package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Finds the stored document a new text re-publishes: an in-memory locality-sensitive hashing table over the MinHash
 * signatures of every stored document. Candidates share at least one of the {@value MinHash#BANDS} bands of the new
 * signature; the best candidate at or above {@link StoreWriter#NEAR_DUPLICATE} estimated similarity (ties: the
 * lowest id) gives its origin.
 *
 * <p>The database keeps one row per document in {@code doc_signatures} (id, origin, signature), appended in id order;
 * the table is loaded from it on first use and caught up with rows stored since (by other processes) before the first
 * document of each group. It replaces the {@code doc_bands} table of schema versions 1–2, whose 16 rows per document
 * on random keys made every group commit rewrite most of that index's pages.
 *
 * <p>Documents added by the open group are pending: {@link #committed()} keeps them, {@link #rolledBack()} removes
 * them (newest first, so every removed entry is the head of its chain). Memory: about 1 KB per stored document.
 * Thread-safe (one lock); meant for the one writer of a process.
 */
final class NearDuplicates {
    /** The origin found (0 when none) and its estimated similarity (0 when none). */
    record Match(long originId, double similarity) {
    }

    private static final int H = MinHash.HASHES;
    private static final int B = MinHash.BANDS;

    private int[] sigs = new int[64 * H];
    private long[] ids = new long[64];
    private long[] origins = new long[64];
    private int size;
    private int committed;
    /** Next entry with the same band hash (entry = slot * BANDS + band), or -1. */
    private int[] next = new int[64 * B];
    /** Open-addressing table: band hash → newest entry with it (-1: none any more). */
    private long[] keys = new long[1 << 10];
    private int[] heads = new int[1 << 10];
    private boolean[] used = new boolean[1 << 10];
    private int keysUsed;
    private boolean loaded;
    private long loadedUpTo;
    private long committedUpTo;

    /** The best stored near-duplicate of a signature (loading or catching up the table first when needed). */
    synchronized Match find(Connection c, int[] sig) throws SQLException {
        if (!loaded || size == committed) {
            catchUp(c);
        }
        long[] bands = new long[B];
        for (int b = 0; b < B; b++) {
            bands[b] = MinHash.band(sig, b);
        }
        long best = 0;
        double bestSim = 0;
        long bestOrigin = 0;
        for (int b = 0; b < B; b++) {
            int slot = slotOf(bands[b]);
            for (int e = slot < 0 ? -1 : heads[slot]; e >= 0; e = next[e]) {
                int s = e / B;
                if (e % B != b) {
                    continue;
                }
                double sim = similarity(sig, s);
                long id = ids[s];
                if (sim > bestSim || (sim == bestSim && best > 0 && id < best)) {
                    best = id;
                    bestSim = sim;
                    bestOrigin = origins[s];
                }
            }
        }
        return bestSim >= StoreWriter.NEAR_DUPLICATE ? new Match(bestOrigin, bestSim) : new Match(0, 0);
    }

    /** Writes a new document's signature row (inside the caller's transaction). */
    static void insert(Connection c, long docId, long originId, int[] sig) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO doc_signatures (doc_id, origin_id, minhash) VALUES (?,?,?)")) {
            ps.setLong(1, docId);
            ps.setLong(2, originId);
            ps.setString(3, MinHash.encode(sig));
            ps.executeUpdate();
        }
    }

    /** A document of the open group was written: it is a candidate for the next ones, pending commit. */
    synchronized void add(long docId, long originId, int[] sig) {
        put(docId, originId, sig);
    }

    /** The open group committed: its documents stay. */
    synchronized void committed() {
        committed = size;
        committedUpTo = loadedUpTo;
    }

    /** The open group was undone: its documents leave the table. */
    synchronized void rolledBack() {
        for (int s = size - 1; s >= committed; s--) {
            int[] sig = Arrays.copyOfRange(sigs, s * H, s * H + H);
            for (int b = B - 1; b >= 0; b--) {
                heads[slotOf(MinHash.band(sig, b))] = next[s * B + b];
            }
        }
        size = committed;
        loadedUpTo = committedUpTo;
    }

    /** Forgets everything (the next search loads the table again). */
    synchronized void clear() {
        size = 0;
        committed = 0;
        keysUsed = 0;
        Arrays.fill(used, false);
        loaded = false;
        loadedUpTo = 0;
        committedUpTo = 0;
    }

    /** Loads the signatures stored after the newest one in the table, in id order. */
    private void catchUp(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT doc_id, origin_id, minhash FROM doc_signatures"
                + " WHERE doc_id > ? ORDER BY doc_id")) {
            ps.setLong(1, loadedUpTo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    put(rs.getLong(1), rs.getLong(2), MinHash.decode(rs.getString(3)));
                }
            }
        }
        loaded = true;
        committed = size;
        committedUpTo = loadedUpTo;
    }

    private void put(long docId, long originId, int[] sig) {
        if (size == ids.length) {
            int n = ids.length * 2;
            ids = Arrays.copyOf(ids, n);
            origins = Arrays.copyOf(origins, n);
            sigs = Arrays.copyOf(sigs, n * H);
            next = Arrays.copyOf(next, n * B);
        }
        int s = size++;
        ids[s] = docId;
        origins[s] = originId;
        System.arraycopy(sig, 0, sigs, s * H, H);
        loadedUpTo = Math.max(loadedUpTo, docId);
        for (int b = 0; b < B; b++) {
            if (2 * (keysUsed + 1) > keys.length) {
                rehash();
            }
            long k = MinHash.band(sig, b);
            int slot = probe(k);
            if (!used[slot]) {
                used[slot] = true;
                keys[slot] = k;
                heads[slot] = -1;
                keysUsed++;
            }
            int e = s * B + b;
            next[e] = heads[slot];
            heads[slot] = e;
        }
    }

    private double similarity(int[] sig, int s) {
        int same = 0;
        int base = s * H;
        for (int i = 0; i < H; i++) {
            if (sig[i] == sigs[base + i]) {
                same++;
            }
        }
        return same / (double) H;
    }

    /** The slot holding a band hash, or -1. */
    private int slotOf(long k) {
        int slot = probe(k);
        return used[slot] ? slot : -1;
    }

    /** The slot holding {@code k}, or the free slot where it would go. */
    private int probe(long k) {
        int mask = keys.length - 1;
        int i = (int) (k ^ (k >>> 32)) & mask;
        while (used[i] && keys[i] != k) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        heads = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = probe(oldKeys[i]);
                used[slot] = true;
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }
}
