package org.isnad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.isnad.corpus.Corpus;
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

/**
 * Ingest cost per document in CPU time of one thread (so the figure is per core, whatever else the machine runs):
 * analysis by the pipeline, database write (batches of 64, as {@code isnad ingest} does), and search indexing, after a
 * warm-up of 100 documents. Usage: {@code java -cp target/isnad.jar org.isnad.bench.IngestThroughput INPUT.jsonl
 * STAGES|all NEW_STORE_PATH}.
 */
public final class IngestThroughput {
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
        long c1 = tm.getCurrentThreadCpuTime();
        try (Corpus corpus = Corpus.open(StoreConfig.embedded(Path.of(a[2]), Optional.empty()))) {
            long c2 = tm.getCurrentThreadCpuTime();
            StoreWriter w = new StoreWriter(corpus.database(), CanonicalKeys.normalizedNames());
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < docs.size(); i += 64) {
                try (StoreWriter.Batch b = w.batch()) {
                    for (Document d : docs.subList(i, Math.min(docs.size(), i + 64))) {
                        ids.add(b.add(d).docId());
                    }
                    b.commit();
                }
            }
            long c3 = tm.getCurrentThreadCpuTime();
            for (int i = 0; i < docs.size(); i++) {
                Map<String, Long> actors = corpus.reader().actorsOfDocument(ids.get(i));
                corpus.index().add(new StoredDocument(ids.get(i), docs.get(i), actors));
            }
            corpus.commitIndex();
            long c4 = tm.getCurrentThreadCpuTime();
            double n = docs.size();
            System.out.printf(Locale.ROOT, "stages=%s documents=%d analysis=%.2f ms/doc database=%.2f ms/doc index=%.2f"
                    + " ms/doc total=%.2f ms/doc => %.1f documents per CPU-second%n", a[1], docs.size(),
                    (c1 - c0) / 1e6 / n, (c3 - c2) / 1e6 / n, (c4 - c3) / 1e6 / n, (c1 - c0 + c4 - c2) / 1e6 / n,
                    n / ((c1 - c0 + c4 - c2) / 1e9));
        }
    }
}
