package org.isnad.corpus;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.isnad.cli.IsnadCli;
import org.isnad.doc.Document;
import org.isnad.pipeline.Pipeline;
import org.isnad.store.StoreException;

/**
 * Runs inputs through the pipeline on several threads and stores the results from one writer thread (this one), in
 * groups of up to {@link #BATCH} documents per transaction (a document waits at most {@link #GROUP_MILLIS} for its
 * group; it is counted stored only once its group commits). Texts already stored are skipped before analysis, so
 * re-running an interrupted ingest only analyses what is missing. A failure of one record (bad input, a stage error, a refused write) is counted with
 * its reason and the batch goes on; only an unreachable store stops it.
 */
public final class Ingest {
    /** Progress as counts so far, reported from the writer thread. */
    public record Progress(long stored, long duplicates, long failed, double seconds) {
    }

    /** At most this many analysed documents are committed together. */
    public static final int BATCH = 64;

    /**
     * An analysed document waits at most this long for others to share its commit: each commit of the embedded
     * store is a synchronous write of every B-tree page it changed, so one commit per document (what the writer did
     * when it flushed whenever the next analysis was not finished yet) costs several times the write of a group.
     */
    public static final long GROUP_MILLIS = 1000;
    private static final long GROUP_NANOS = GROUP_MILLIS * 1_000_000L;

    /** The first this many failure reasons are kept in the summary. */
    public static final int MAX_REASONS = 50;

    private final Corpus corpus;
    private final Pipeline pipeline;
    private final int threads;

    public Ingest(Corpus corpus, Pipeline pipeline, int threads) {
        this.corpus = corpus;
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
    }

    private sealed interface Outcome {
        record Analysed(String where, Document doc) implements Outcome {
        }

        record Skipped(String where) implements Outcome {
        }

        record Bad(String where, String reason) implements Outcome {
        }
    }

    /**
     * Ingests everything the iterator yields.
     *
     * @param progress called from this thread after each document
     * @throws StoreException when the store cannot be written at all (unreachable); earlier commits stay
     */
    public IngestSummary run(Iterator<IngestInput> inputs, Consumer<Progress> progress) {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "isnad-analyse");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<Outcome>> queue = new ArrayBlockingQueue<>(threads * 4);
        Future<Outcome> end = CompletableFuture.completedFuture(null);
        Thread reader = new Thread(() -> {
            try {
                while (inputs.hasNext()) {
                    IngestInput in = inputs.next();
                    queue.put(pool.submit(() -> analyse(in)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                queue.offer(CompletableFuture.completedFuture(new Outcome.Bad("input", IsnadCli.oneLine(e))));
            } finally {
                try {
                    queue.put(end);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "isnad-read");
        reader.setDaemon(true);
        reader.start();
        Counts n = new Counts();
        List<Outcome.Analysed> pending = new ArrayList<>();
        try {
            Future<Outcome> next = null;
            long deadline = 0;
            while (true) {
                if (next == null) {
                    next = pending.isEmpty() ? queue.take() : queue.poll(left(deadline), TimeUnit.NANOSECONDS);
                    if (next == null) {
                        flush(pending, n, progress, t0);
                        continue;
                    }
                }
                if (next == end) {
                    break;
                }
                Outcome o;
                if (pending.isEmpty()) {
                    o = get(next);
                } else {
                    try {
                        o = get(next, left(deadline));
                    } catch (TimeoutException e) {
                        flush(pending, n, progress, t0);
                        continue;
                    }
                }
                next = null;
                if (o instanceof Outcome.Analysed a) {
                    if (pending.isEmpty()) {
                        deadline = System.nanoTime() + GROUP_NANOS;
                    }
                    pending.add(a);
                    if (pending.size() >= BATCH) {
                        flush(pending, n, progress, t0);
                    }
                    continue;
                } else if (o instanceof Outcome.Skipped) {
                    n.dups++;
                } else if (o instanceof Outcome.Bad b) {
                    n.failed++;
                    reason(n.reasons, b.where(), b.reason());
                }
                progress.accept(n.progress(t0));
            }
            flush(pending, n, progress, t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
            reader.interrupt();
            corpus.commitIndex();
        }
        return new IngestSummary(n.stored, n.dups, n.failed, n.reasons, (System.nanoTime() - t0) / 1e9);
    }

    /** Counts of one run. */
    private static final class Counts {
        long stored;
        long dups;
        long failed;
        final List<String> reasons = new ArrayList<>();

        Progress progress(long t0) {
            return new Progress(stored, dups, failed, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Writes the pending documents in one transaction and counts them once committed. */
    private void flush(List<Outcome.Analysed> pending, Counts n, Consumer<Progress> progress, long t0) {
        if (pending.isEmpty()) {
            return;
        }
        List<Document> docs = new ArrayList<>();
        pending.forEach(a -> docs.add(a.doc()));
        try {
            List<Corpus.Outcome> results = corpus.storeAll(docs);
            for (int i = 0; i < results.size(); i++) {
                Corpus.Outcome r = results.get(i);
                if (r.error().isPresent()) {
                    n.failed++;
                    reason(n.reasons, pending.get(i).where(), r.error().get());
                } else if (r.result().get().duplicate()) {
                    n.dups++;
                } else {
                    n.stored++;
                }
            }
        } catch (StoreException e) {
            if (!corpus.reachable()) {
                throw e;
            }
            n.failed += pending.size();
            pending.forEach(a -> reason(n.reasons, a.where(), e.getMessage()));
        }
        pending.clear();
        progress.accept(n.progress(t0));
    }

    private Outcome analyse(IngestInput in) {
        if (in instanceof IngestInput.Failed f) {
            return new Outcome.Bad(f.where(), f.reason());
        }
        IngestInput.Ok ok = (IngestInput.Ok) in;
        try {
            if (corpus.contains(ok.document().text())) {
                return new Outcome.Skipped(ok.where());
            }
            return new Outcome.Analysed(ok.where(), pipeline.process(ok.document()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome.Bad(ok.where(), "analysis failed: " + IsnadCli.oneLine(e));
        }
    }

    private static long left(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private static Outcome get(Future<Outcome> f, long nanos) throws InterruptedException, TimeoutException {
        try {
            return f.get(nanos, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            return new Outcome.Bad("input", IsnadCli.oneLine(e.getCause()));
        }
    }

    private static Outcome get(Future<Outcome> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            return new Outcome.Bad("input", IsnadCli.oneLine(e.getCause()));
        }
    }

    private static void reason(List<String> reasons, String where, String why) {
        if (reasons.size() < MAX_REASONS) {
            reasons.add(where + ": " + why);
        }
    }
}
