package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterTrainerTest {
    private static final String[] CITIES = {"بغداد", "دمشق", "القاهرة", "بيروت"};
    private static final String[] DAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس"};

    /** A synthetic corpus where cities and weekdays appear in two different kinds of context. */
    private static Path corpus(Path dir) throws IOException {
        Path f = dir.resolve("articles-001.jsonl.gz");
        Random r = new Random(5);
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(f)),
                StandardCharsets.UTF_8)) {
            for (int doc = 0; doc < 150; doc++) {
                StringBuilder sb = new StringBuilder();
                for (int s = 0; s < 10; s++) {
                    sb.append("وصل الوفد إلى ").append(CITIES[r.nextInt(4)]).append(" قادما من ")
                            .append(CITIES[r.nextInt(4)]).append(" . ");
                    sb.append("عقد الاجتماع يوم ").append(DAYS[r.nextInt(4)]).append(" الماضي صباحا . ");
                }
                w.write("{\"id\":\"" + doc + "\",\"text\":\"" + sb + "\"}\n");
            }
        }
        return f;
    }

    @Test
    void deterministicAndSeparatesContexts(@TempDir Path dir) throws IOException {
        Path f = corpus(dir);
        ClusterTrainer.Options o = new ClusterTrainer.Options(16, 3, 5, 2, 5, 1000, new int[] {2, 4}, 9, 1e-2);
        Map<String, int[]> a = new ClusterTrainer(o, s -> { }).train(List.of(f));
        Map<String, int[]> b = new ClusterTrainer(o, s -> { }).train(List.of(f));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((w, ids) -> assertArrayEquals(ids, b.get(w), w));
        // at the finer level no city shares a cluster with a weekday
        for (String c : CITIES) {
            for (String d : DAYS) {
                assertTrue(a.get(Gazetteer.key(c))[1] != a.get(Gazetteer.key(d))[1], c + " / " + d);
            }
        }
        Path out = dir.resolve("c.tsv.gz");
        ClusterFile.write(out, a);
        WordClusters wc = ClusterFile.read(out);
        assertEquals(2, wc.levels());
        assertArrayEquals(a.get(Gazetteer.key("دمشق")), wc.of(Gazetteer.key("دمشق")));
    }
}
