package org.isnad.screening;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.isnad.names.CompiledName;
import org.isnad.names.NameKind;

/**
 * Picks the names of a {@link ScreeningIndex} worth scoring for one query. Each distinct {@link BlockingKeys} key
 * of the query is walked once and adds its rarity, log(1 + N/df), to every name carrying it; keys carried by more
 * than {@link #COMMON_SHARE} of the names (محمد, Ahmad) are skipped when the query has rarer ones, so that their
 * long postings never blow up the work, and a long query walks only its {@link #MAX_KEYS} rarest keys. The {@link #SIZE} compatible names with the highest sums are kept, best
 * first (ties: the lower id, so that equal sums do not churn the heap). One instance per thread.
 */
final class Shortlist {
    /** Most names kept. */
    static final int SIZE = 80;
    /** Keys carried by more than this share of the names are skipped when the query has rarer keys. */
    static final double COMMON_SHARE = 0.05;
    /** Most keys walked per query: a long name (an organisation, an alias with a description) keeps its rarest. */
    static final int MAX_KEYS = 24;

    private final ScreeningIndex index;
    private final float[] acc;
    private int[] touched = new int[256];
    private final long[] heap = new long[SIZE];
    /** The kept names, best first. */
    final int[] ids = new int[SIZE];
    int size;

    // the query's usable keys with their rarity
    private int[] qKeys = new int[64];
    private float[] qIdf = new float[64];
    private int qCount;

    Shortlist(ScreeningIndex index) {
        this.index = index;
        this.acc = new float[index.size()];
    }

    /** Fills {@link #ids} and {@link #size} for query {@code q}. */
    void build(CompiledName q, NameKind kind) {
        collectKeys(BlockingKeys.ofParts(q.parsed()));
        int count = 0;
        for (int k = 0; k < qCount; k++) {
            float idf = qIdf[k];
            for (int id : index.posting(qKeys[k])) {
                if (acc[id] == 0f) {
                    if (count == touched.length) {
                        touched = Arrays.copyOf(touched, count * 2);
                    }
                    touched[count++] = id;
                }
                acc[id] += idf;
            }
        }
        select(kind, count);
    }

    /** The query's keys that names carry, each once; common ones dropped when rarer ones exist. */
    private void collectKeys(List<Set<String>> keysByPart) {
        int n = index.size();
        int common = Math.max(1, (int) (n * COMMON_SHARE));
        qCount = 0;
        boolean anyRare = false;
        for (Set<String> keys : keysByPart) {
            for (String key : keys) {
                int k = index.keyId(key);
                if (k < 0 || indexOf(k) >= 0) {
                    continue;
                }
                int df = index.posting(k).length;
                anyRare |= df <= common;
                if (qCount == qKeys.length) {
                    qKeys = Arrays.copyOf(qKeys, qCount * 2);
                    qIdf = Arrays.copyOf(qIdf, qCount * 2);
                }
                qKeys[qCount] = k;
                qIdf[qCount] = (float) Math.log(1.0 + (double) n / df);
                qCount++;
            }
        }
        if (anyRare) {
            int kept = 0;
            for (int i = 0; i < qCount; i++) {
                if (index.posting(qKeys[i]).length <= common) {
                    qKeys[kept] = qKeys[i];
                    qIdf[kept] = qIdf[i];
                    kept++;
                }
            }
            qCount = kept;
        }
        if (qCount > MAX_KEYS) {
            keepRarest();
        }
    }

    /** Keeps the {@link #MAX_KEYS} keys with the shortest postings (ties: the earlier key), in query order. */
    private void keepRarest() {
        long[] order = new long[qCount];
        for (int i = 0; i < qCount; i++) {
            order[i] = ((long) index.posting(qKeys[i]).length << 32) | i;
        }
        Arrays.sort(order);
        boolean[] keep = new boolean[qCount];
        for (int i = 0; i < MAX_KEYS; i++) {
            keep[(int) order[i]] = true;
        }
        int kept = 0;
        for (int i = 0; i < qCount; i++) {
            if (keep[i]) {
                qKeys[kept] = qKeys[i];
                qIdf[kept] = qIdf[i];
                kept++;
            }
        }
        qCount = kept;
    }

    private int indexOf(int key) {
        for (int i = 0; i < qCount; i++) {
            if (qKeys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    private void select(NameKind kind, int count) {
        int kept = 0;
        for (int t = 0; t < count; t++) {
            int id = touched[t];
            float a = acc[id];
            acc[id] = 0f;
            if (kind != NameKind.ANY && !compatible(kind, index.type(id))) {
                continue;
            }
            // higher sum first, then the lower id (ties must not churn the heap)
            long item = ((long) Float.floatToIntBits(a) << 32) | (Integer.MAX_VALUE - id);
            if (kept < SIZE) {
                heap[kept++] = item;
                siftUp(kept - 1);
            } else if (item > heap[0]) {
                heap[0] = item;
                siftDown(kept);
            }
        }
        Arrays.sort(heap, 0, kept);
        size = kept;
        for (int i = 0; i < kept; i++) {
            ids[i] = Integer.MAX_VALUE - (int) heap[kept - 1 - i];
        }
    }

    private void siftUp(int i) {
        while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
            long t = heap[i];
            heap[i] = heap[(i - 1) / 2];
            heap[(i - 1) / 2] = t;
            i = (i - 1) / 2;
        }
    }

    private void siftDown(int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int m = i;
            if (l < size && heap[l] < heap[m]) {
                m = l;
            }
            if (r < size && heap[r] < heap[m]) {
                m = r;
            }
            if (m == i) {
                return;
            }
            long t = heap[i];
            heap[i] = heap[m];
            heap[m] = t;
            i = m;
        }
    }

    static boolean compatible(NameKind kind, EntryType type) {
        return switch (kind) {
            case ANY -> true;
            case PERSON -> type == EntryType.INDIVIDUAL;
            case ORG -> type != EntryType.INDIVIDUAL;
        };
    }
}
