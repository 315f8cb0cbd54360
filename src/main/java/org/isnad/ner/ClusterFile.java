package org.isnad.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word clusters as a gzip'd text file: {@code word TAB id TAB id …}, one id per granularity, same count on every
 * line. Written by {@link ClusterTrainer}, read by the NER trainer.
 */
public final class ClusterFile {
    private ClusterFile() {
    }

    public static WordClusters read(Path file) throws IOException {
        Map<String, int[]> ids = new HashMap<>();
        int levels = -1;
        try (InputStream raw = Files.newInputStream(file);
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                     StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                String[] c = line.split("\t");
                if (levels < 0) {
                    levels = c.length - 1;
                }
                if (c.length - 1 != levels || levels < 1 || levels > 4) {
                    throw new IOException(file + ":" + no + ": expected word and " + Math.max(levels, 1) + " ids");
                }
                int[] v = new int[levels];
                for (int i = 0; i < levels; i++) {
                    try {
                        v[i] = Integer.parseInt(c[i + 1]);
                    } catch (NumberFormatException e) {
                        throw new IOException(file + ":" + no + ": bad cluster id '" + c[i + 1] + "'");
                    }
                }
                ids.put(c[0], v);
            }
        }
        return new WordClusters(Math.max(levels, 0), ids);
    }

    public static void write(Path file, Map<String, int[]> ids) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            for (Map.Entry<String, int[]> e : new TreeMap<>(ids).entrySet()) {
                w.write(e.getKey());
                for (int v : e.getValue()) {
                    w.write('\t');
                    w.write(Integer.toString(v));
                }
                w.write('\n');
            }
        }
    }
}
