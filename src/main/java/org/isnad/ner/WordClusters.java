package org.isnad.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word clusters learnt from unlabeled text (see {@link ClusterTrainer}): for each word (its {@code base} form) one
 * cluster id at each of a few granularities (coarse to fine). Immutable; thread-safe.
 */
public final class WordClusters {
    private static final int[] NONE = new int[0];
    private final int levels;
    private final Map<String, int[]> ids;

    public WordClusters(int levels, Map<String, int[]> ids) {
        this.levels = levels;
        this.ids = new HashMap<>(ids);
    }

    public static WordClusters empty() {
        return new WordClusters(0, Map.of());
    }

    /** Number of granularities. */
    public int levels() {
        return levels;
    }

    public int size() {
        return ids.size();
    }

    /** Cluster ids of a word, one per level; empty when the word is unknown. */
    public int[] of(String word) {
        return ids.getOrDefault(word, NONE);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(levels);
        Map<String, int[]> sorted = new TreeMap<>(ids);
        out.writeInt(sorted.size());
        for (Map.Entry<String, int[]> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            for (int v : e.getValue()) {
                out.writeShort(v);
            }
        }
    }

    static WordClusters read(DataInputStream in) throws IOException {
        int levels = in.readInt();
        int n = in.readInt();
        Map<String, int[]> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String w = in.readUTF();
            int[] v = new int[levels];
            for (int l = 0; l < levels; l++) {
                v[l] = in.readShort() & 0xFFFF;
            }
            m.put(w, v);
        }
        return new WordClusters(levels, m);
    }
}
