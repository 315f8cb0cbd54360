package org.isnad.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.isnad.doc.Document;
import org.isnad.search.SearchIndex;
import org.isnad.search.SearchQuery;
import org.isnad.search.SearchResult;
import org.isnad.store.CanonicalKeys;
import org.isnad.store.Database;
import org.isnad.store.StoreConfig;
import org.isnad.store.StoreCorroboration;
import org.isnad.store.StoreException;
import org.isnad.store.StoreReader;
import org.isnad.store.StoreWriter;
import org.isnad.store.StoredDocument;
import org.isnad.store.WriteResult;

/**
 * An open corpus: the database (truth), its search index (derived), a writer, a reader and corroboration. Opening
 * one migrates the schema and brings the index up to date with every committed document, so a crash between a
 * database commit and an index commit loses nothing. Writes go through {@link #store(Document)} from one thread;
 * reads are thread-safe.
 */
public final class Corpus implements Closeable {
    /**
     * The index is committed after this many stored documents, or {@link #INDEX_COMMIT_SECONDS} after the last
     * commit, and on close; after a crash, opening the corpus indexes what the index had not committed.
     */
    public static final int INDEX_COMMIT_EVERY = 5000;
    public static final int INDEX_COMMIT_SECONDS = 30;

    private final Database db;
    private final StoreWriter writer;
    private final StoreReader reader;
    private final SearchIndex index;
    private final StoreCorroboration corroboration;
    private final CanonicalKeys keys;
    private long lastIndexed;
    private int sinceCommit;
    private long lastCommitNanos = System.nanoTime();

    private Corpus(Database db, SearchIndex index, CanonicalKeys keys) {
        this.db = db;
        this.index = index;
        this.writer = new StoreWriter(db, keys);
        this.reader = new StoreReader(db);
        this.corroboration = new StoreCorroboration(reader);
        this.keys = keys;
        this.lastIndexed = index.indexedUpTo();
    }

    /** Opens a corpus with the default canonical keys. */
    public static Corpus open(StoreConfig config) {
        return open(config, CanonicalKeys.normalizedNames());
    }

    /**
     * Opens (creating and migrating) the store and its index and catches the index up.
     *
     * @throws StoreException with a one-line message when the store or index cannot be opened
     */
    public static Corpus open(StoreConfig config, CanonicalKeys keys) {
        Database db = Database.open(config);
        SearchIndex index;
        try {
            index = SearchIndex.open(config.indexDir());
        } catch (IOException | RuntimeException e) {
            db.close();
            String m = e instanceof org.apache.lucene.store.LockObtainFailedException
                    ? "the search index is in use by another process" : String.valueOf(e.getMessage());
            throw new StoreException("cannot open search index " + config.indexDir() + ": " + m, e);
        }
        Corpus c = new Corpus(db, index, keys);
        try {
            c.catchUp();
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** Indexes every stored document the index's last commit does not cover. Returns how many. */
    public synchronized int catchUp() {
        List<Long> ids;
        try (Connection c = db.connection()) {
            ids = StoreWriter.idsAfter(c, index.indexedUpTo());
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + e.getMessage(), e);
        }
        for (long id : ids) {
            reader.document(id).ifPresent(d -> indexDoc(new StoredDocument(id, d, reader.actorsOfDocument(id))));
        }
        if (!ids.isEmpty()) {
            commitIndex();
        }
        return ids.size();
    }

    /** Stores an analysed document (one transaction) and indexes it; a duplicate is left as it is. */
    public synchronized WriteResult store(Document doc) {
        WriteResult r = writer.write(doc);
        if (!r.duplicate()) {
            indexDoc(new StoredDocument(r.docId(), doc, r.actors()));
            if (++sinceCommit >= INDEX_COMMIT_EVERY
                    || System.nanoTime() - lastCommitNanos > INDEX_COMMIT_SECONDS * 1_000_000_000L) {
                commitIndex();
            }
        }
        return r;
    }

    /** The outcome of one document of {@link #storeAll}: its write result, or why it failed. */
    public record Outcome(java.util.Optional<WriteResult> result, java.util.Optional<String> error) {
    }

    /**
     * Stores documents in one database transaction (each in its own savepoint, so one bad document fails alone),
     * then indexes those stored. Nothing is reported stored before the commit.
     *
     * @throws StoreException when the commit itself fails (then none of them is stored)
     */
    public synchronized List<Outcome> storeAll(List<Document> docs) {
        List<Outcome> out = new java.util.ArrayList<>();
        try (StoreWriter.Batch batch = writer.batch()) {
            for (Document d : docs) {
                try {
                    out.add(new Outcome(java.util.Optional.of(batch.add(d)), java.util.Optional.empty()));
                } catch (IllegalArgumentException | StoreException e) {
                    out.add(new Outcome(java.util.Optional.empty(), java.util.Optional.of(String.valueOf(e.getMessage()))));
                }
            }
            batch.commit();
        }
        for (int i = 0; i < docs.size(); i++) {
            WriteResult r = out.get(i).result().orElse(null);
            if (r != null && !r.duplicate()) {
                indexDoc(new StoredDocument(r.docId(), docs.get(i), r.actors()));
                sinceCommit++;
            }
        }
        if (sinceCommit >= INDEX_COMMIT_EVERY
                || System.nanoTime() - lastCommitNanos > INDEX_COMMIT_SECONDS * 1_000_000_000L) {
            commitIndex();
        }
        return out;
    }

    private void indexDoc(StoredDocument sd) {
        try {
            index.add(sd);
            lastIndexed = Math.max(lastIndexed, sd.id());
        } catch (IOException e) {
            throw new StoreException("search index write failed: " + e.getMessage(), e);
        }
    }

    /** Makes the index durable up to the last stored document. */
    public synchronized void commitIndex() {
        try {
            index.commit(lastIndexed);
            sinceCommit = 0;
            lastCommitNanos = System.nanoTime();
        } catch (IOException e) {
            throw new StoreException("search index commit failed: " + e.getMessage(), e);
        }
    }

    /**
     * Brings the stored corroboration up to date with every stored document (see
     * {@link StoreWriter#refreshCorroboration}). {@code serve} runs it when it starts and after each ingest request;
     * bulk {@code ingest} leaves it to the next {@code serve} (until then views compute corroboration on the fly).
     */
    public synchronized int refreshCorroboration() {
        return writer.refreshCorroboration();
    }

    /** True when a document with this text is already stored. */
    public boolean contains(String text) {
        return writer.contains(text);
    }

    public SearchResult search(SearchQuery q) {
        try {
            return index.search(q);
        } catch (IOException e) {
            throw new StoreException("search failed: " + e.getMessage(), e);
        }
    }

    public SearchIndex index() {
        return index;
    }

    public StoreReader reader() {
        return reader;
    }

    public StoreCorroboration corroboration() {
        return corroboration;
    }

    /** Corroboration for the profile stage's grading, answered from this store. */
    public StoreGradingLookup gradingLookup() {
        return new StoreGradingLookup(corroboration, reader, keys);
    }

    public Database database() {
        return db;
    }

    public boolean reachable() {
        return db.reachable();
    }

    @Override
    public synchronized void close() {
        try {
            commitIndex();
        } catch (RuntimeException e) {
            // the index is derived; it is caught up on the next open
        }
        try {
            index.close();
        } catch (IOException e) {
            // as above
        }
        db.close();
    }
}
