package org.isnad.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.isnad.doc.Document;
import org.isnad.doc.Metadata;
import org.isnad.pipeline.PipelineConfig;
import org.isnad.pipeline.StageCatalog;
import org.isnad.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest commits analysed documents in groups, but never keeps one waiting for company longer than its time bound. */
class IngestGroupCommitTest {
    @TempDir
    Path tmp;

    @Test
    void aDocumentIsCommittedWithinTheGroupTimeEvenWhenNoOtherFollows() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicLong storedBeforeRelease = new AtomicLong(-1);
        // yields one report, then blocks (as a slow pipe would) until the test sees it stored or gives up
        Iterator<IngestInput> inputs = new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                if (next == 1) {
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return next < 2;
            }

            @Override
            public IngestInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                next++;
                String text = next == 1 ? "قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل."
                        : "أعلنت الحكومة أمس عن خطة جديدة للنقل العام في العاصمة.";
                return new IngestInput.Ok("t:" + next, new Document(text, Metadata.of("d" + next)));
            }
        };
        try (Corpus c = Corpus.open(StoreConfig.embedded(tmp.resolve("s"), Optional.empty()))) {
            long t0 = System.nanoTime();
            AtomicLong firstStoredNanos = new AtomicLong();
            IngestSummary s = new Ingest(c, StageCatalog.build(List.of("tokens", "sentences"), PipelineConfig.defaults()),
                    1).run(inputs, p -> {
                        if (p.stored() == 1 && release.getCount() > 0) {
                            firstStoredNanos.set(System.nanoTime() - t0);
                            storedBeforeRelease.set(c.reader().documentCount());
                            release.countDown();
                        }
                    });
            assertEquals(2, s.stored());
            // reported stored while the input was still blocked, and by then it was committed and readable
            assertEquals(1, storedBeforeRelease.get());
            assertTrue(firstStoredNanos.get() < TimeUnit.SECONDS.toNanos(20), "waited for the blocked input");
            assertEquals(2, c.reader().documentCount());
        }
    }
}
