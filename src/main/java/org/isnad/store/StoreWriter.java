package org.isnad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.isnad.doc.Document;
import org.isnad.doc.Metadata;
import org.isnad.model.Layers;

/**
 * Writes analysed documents to the store, one transaction per document ({@link #write}) or per group
 * ({@link #batch()}, each document in its own savepoint): either every row of a document and its layers is committed,
 * or none is. A document whose content hash is already stored is skipped untouched, so
 * re-running an ingest is safe. Near-duplicates (re-publications) are linked to the earliest stored copy through
 * {@code origin_id}. Meant for one writing thread per process; concurrent writers in other processes (PostgreSQL)
 * are tolerated by retrying a document once when a unique key races.
 */
public final class StoreWriter {
    /** Jaccard similarity of word shingles above which two texts count as one report re-published. */
    public static final double NEAR_DUPLICATE = 0.7;
    /** The longest text the store accepts, in UTF-16 units (the body column's size). */
    public static final int MAX_TEXT = 1_000_000;

    private final Database db;
    private final ActorResolver actors;
    private final NearDuplicates near = new NearDuplicates();
    /** Content terms by claim key for {@link #refreshCorroboration} (claims never change once stored). */
    private final Lru<String, java.util.Set<String>> terms = new Lru<>(200_000);

    public StoreWriter(Database db, CanonicalKeys keys) {
        this.db = db;
        this.actors = new ActorResolver(keys);
    }

    /** True when a text with this content is already stored (a cheap check before analysing it). */
    public boolean contains(String text) {
        try (Connection c = db.connection()) {
            return existing(c, ContentHash.of(text)) > 0;
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + Database.rootMessage(e), e);
        }
    }

    /**
     * Stores one analysed document with all its layers, in its own transaction.
     *
     * @throws IllegalArgumentException when the document is too long or a layer points outside its text
     * @throws StoreException           when the database refuses the write (nothing of the document is kept)
     */
    public WriteResult write(Document doc) {
        StoreException last = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            try (Batch b = batch()) {
                WriteResult r = b.add(doc);
                b.commit();
                return r;
            } catch (StoreException e) {
                last = e;
                if (!(e.getCause() instanceof SQLException sql) || !"23505".equals(sql.getSQLState())) {
                    break;
                }
                actors.clear();
            }
        }
        throw last;
    }

    /**
     * Brings the stored corroboration ({@link CorroborationRows}) up to date with every committed document, in one
     * transaction; returns the number of claim rows written (0 when already current). Until it runs, readers compute
     * the corroboration of every view on the fly.
     */
    public int refreshCorroboration() {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                int n = CorroborationRows.refresh(c, row -> terms.computeIfAbsent(row.key(),
                        k -> ClaimTerms.of(row.text())));
                c.commit();
                if (n > 0) {
                    db.changed();
                }
                return n;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("corroboration refresh failed: " + Database.rootMessage(e), e);
        }
    }

    /** Opens a group of writes that share one database transaction (see {@link Batch}). */
    public Batch batch() {
        try {
            return new Batch();
        } catch (SQLException e) {
            throw new StoreException("store write failed: " + Database.rootMessage(e), e);
        }
    }

    /**
     * Several documents written in one database transaction, each inside its own savepoint: a document that fails is
     * undone alone, the others stay; nothing is visible or durable before {@link #commit()}, and everything added
     * since the last commit is undone when the process dies or the batch is closed. Committing a group at a time
     * spares the embedded store a disk write per document. Not thread-safe: one writer.
     */
    public final class Batch implements AutoCloseable {
        private final Connection c;
        private int size;

        private Batch() throws SQLException {
            c = db.connection();
            c.setAutoCommit(false);
        }

        /**
         * Adds a document (or finds it already stored).
         *
         * @throws IllegalArgumentException when the document is too long or a layer points outside its text
         * @throws StoreException           when the database refuses this document (the rest of the batch stays)
         */
        public WriteResult add(Document doc) {
            if (doc.text().length() > MAX_TEXT) {
                throw new IllegalArgumentException("text longer than " + MAX_TEXT + " characters");
            }
            if (doc.text().isBlank()) {
                throw new IllegalArgumentException("empty text");
            }
            SpanCheck.check(doc);
            String hash = ContentHash.of(doc.text());
            int[] sig = MinHash.signature(doc.text());
            Savepoint sp = null;
            try {
                sp = c.setSavepoint();
                ActorResolver.DocState state = new ActorResolver.DocState();
                WriteResult r = writeIn(c, doc, hash, sig, state);
                c.releaseSavepoint(sp);
                actors.keep(state);
                if (!r.duplicate()) {
                    near.add(r.docId(), r.originId(), sig);
                }
                size++;
                return r;
            } catch (SQLException e) {
                undo(sp);
                throw new StoreException("store write failed: " + Database.rootMessage(e), e);
            } catch (RuntimeException e) {
                undo(sp);
                throw e;
            }
        }

        private void undo(Savepoint sp) {
            try {
                if (sp != null) {
                    c.rollback(sp);
                }
            } catch (SQLException e) {
                throw new StoreException("store rollback failed: " + Database.rootMessage(e), e);
            }
        }

        /** Documents added since the last commit. */
        public int size() {
            return size;
        }

        /** Makes every document added so far durable at once. */
        public void commit() {
            try {
                c.commit();
            } catch (SQLException e) {
                throw new StoreException("store commit failed: " + Database.rootMessage(e), e);
            } finally {
                db.changed();
            }
            actors.committed();
            near.committed();
            size = 0;
        }

        /** Undoes anything not committed and returns the connection. */
        @Override
        public void close() {
            actors.rolledBack();
            near.rolledBack();
            try (c) {
                c.rollback();
            } catch (SQLException e) {
                // the connection is gone; nothing uncommitted survives that either
            }
        }
    }

    private WriteResult writeIn(Connection c, Document doc, String hash, int[] sig, ActorResolver.DocState state)
            throws SQLException {
        long existing = existing(c, hash);
        if (existing > 0) {
            return new WriteResult(existing, true, origin(c, existing));
        }
        NearDuplicates.Match match = near.find(c, sig);
        long id = insertDocument(c, doc, hash, match);
        long origin = match.originId() > 0 ? match.originId() : id;
        if (origin != match.originId()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET origin_id = ? WHERE id = ?")) {
                ps.setLong(1, origin);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        }
        NearDuplicates.insert(c, id, origin, sig);
        Map<String, Long> actorOfEntity = actors.resolve(c, doc, hash, state);
        new LayerRows(c, id, doc, actorOfEntity).writeAll();
        return new WriteResult(id, false, origin, actorOfEntity);
    }

    private static long existing(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM documents WHERE content_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static long origin(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT origin_id FROM documents WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : id;
            }
        }
    }

    private static long insertDocument(Connection c, Document doc, String hash, NearDuplicates.Match near)
            throws SQLException {
        Metadata m = doc.metadata();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (content_hash, ext_id, title, outlet,"
                + " url, published, published_day, language, body, origin_id, similarity, layers, sentences,"
                + " persuasion) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, hash);
            ps.setString(2, clip(m.id(), 512));
            ps.setString(3, m.title().map(t -> clip(t, 4000)).orElse(null));
            ps.setString(4, m.outlet().map(t -> clip(t, 512)).orElse(null));
            ps.setString(5, m.url().map(t -> clip(t, 4000)).orElse(null));
            ps.setString(6, m.published().map(t -> clip(t, 64)).orElse(null));
            OptionalInt day = PublishedDay.of(m.published());
            if (day.isPresent()) {
                ps.setInt(7, day.getAsInt());
            } else {
                ps.setNull(7, Types.INTEGER);
            }
            ps.setString(8, clip(m.language(), 16));
            ps.setString(9, doc.text());
            ps.setLong(10, Math.max(0, near.originId()));
            ps.setDouble(11, near.similarity());
            ps.setString(12, clip(String.join(",", doc.layerNames()), 400));
            ps.setString(13, doc.has(Layers.SENTENCES) ? CompactLayers.sentences(doc.get(Layers.SENTENCES)) : null);
            ps.setString(14, doc.has(Layers.PERSUASION) ? CompactLayers.persuasion(doc.get(Layers.PERSUASION)) : null);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** Ids of documents stored after {@code afterId}, in order (for catching a search index up). */
    public static List<Long> idsAfter(Connection c, long afterId) throws SQLException {
        List<Long> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM documents WHERE id > ? ORDER BY id")) {
            ps.setLong(1, afterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
