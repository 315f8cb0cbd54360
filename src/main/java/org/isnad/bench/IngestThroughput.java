package org.isnad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.isnad.corpus.Corpus;
import org.isnad.corpus.Ingest;
import org.isnad.corpus.IngestInput;
import org.isnad.corpus.IngestSources;
import org.isnad.doc.Document;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import org.isnad.store.CanonicalKeys;
import org.isnad.store.StoreConfig;
import org.isnad.store.StoreWriter;
import org.isnad.store.StoredDocument;
import org.isnad.store.WriteResult;

/**
 * Ingest cost per document in CPU time of one thread (so the figure is per core, whatever else the machine runs):
 * analysis by the pipeline, database write (batches of 64, as {@code isnad ingest} does), and search indexing, after a
 * warm-up of 100 documents. The store steps run three times into new stores {@code PATH-r1..3} and the best round
 * counts (the first one also pays for compiling the store code). Usage: {@code java -cp target/isnad.jar
 * org.isnad.bench.IngestThroughput INPUT.jsonl STAGES|all NEW_STORE_PATH}.
 */
public final class IngestThroughput {
    private static final int ROUNDS = 3;

    private IngestThroughput() {
    }

    public static void main(String[] a) throws java.io.IOException {
        List<Document> docs = new ArrayList<>();
        Iterator<IngestInput> it = IngestSources.read(List.of(a[0]), System.in);
        while (it.hasNext()) {
            if (it.next() instanceof IngestInput.Ok ok) {
                docs.add(ok.document());
            }
        }
        Pipeline p = a[1].equals("all") ? Pipeline.standard()
                : StageCatalog.build(List.of(a[1].split(",")), PipelineConfig.defaults());
        ThreadMXBean tm = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < Math.min(100, docs.size()); i++) {
            p.process(new Document(docs.get(i).text(), docs.get(i).metadata()));
        }
        long c0 = tm.getCurrentThreadCpuTime();
        docs.forEach(p::process);
        double n = docs.size();
        double analysis = (tm.getCurrentThreadCpuTime() - c0) / 1e6 / n;
        double bestDb = Double.MAX_VALUE;
        double bestIndex = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            double[] r = store(docs, Path.of(a[2] + "-r" + round), tm);
            System.out.printf(Locale.ROOT, "round %d: database=%.2f ms/doc index=%.2f ms/doc%n", round, r[0], r[1]);
            if (r[0] + r[1] < bestDb + bestIndex) {
                bestDb = r[0];
                bestIndex = r[1];
            }
        }
        double total = analysis + bestDb + bestIndex;
        System.out.printf(Locale.ROOT, "stages=%s documents=%d analysis=%.2f ms/doc database=%.2f ms/doc index=%.2f"
                + " ms/doc (best of %d rounds) total=%.2f ms/doc => %.1f documents per CPU-second%n", a[1],
                docs.size(), analysis, bestDb, bestIndex, ROUNDS, total, 1000 / total);
    }

    /** Writes the documents to a new store in batches of 64 and indexes them; CPU ms per document of both steps. */
    private static double[] store(List<Document> docs, Path path, ThreadMXBean tm) {
        try (Corpus corpus = Corpus.open(StoreConfig.embedded(path, Optional.empty()))) {
            long c2 = tm.getCurrentThreadCpuTime();
            StoreWriter w = new StoreWriter(corpus.database(), CanonicalKeys.normalizedNames());
            List<WriteResult> written = new ArrayList<>();
            for (int i = 0; i < docs.size(); i += Ingest.BATCH) {
                try (StoreWriter.Batch b = w.batch()) {
                    for (Document d : docs.subList(i, Math.min(docs.size(), i + Ingest.BATCH))) {
                        written.add(b.add(d));
                    }
                    b.commit();
                }
            }
            long c3 = tm.getCurrentThreadCpuTime();
            for (int i = 0; i < docs.size(); i++) {
                try {
                    corpus.index().add(new StoredDocument(written.get(i).docId(), docs.get(i),
                            written.get(i).actors()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            corpus.commitIndex();
            long c4 = tm.getCurrentThreadCpuTime();
            return new double[] {(c3 - c2) / 1e6 / docs.size(), (c4 - c3) / 1e6 / docs.size()};
        }
    }
}
