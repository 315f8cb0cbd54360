package org.isnad.screening;

import java.util.Arrays;
import org.isnad.names.CompiledName;
import org.isnad.names.NameKind;
import org.isnad.names.ParsedName;

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

    /** Names are summed a block of 2^12 at a time, so that the block's sums (16 KB) stay in the L1 cache. */
    static final int BLOCK_BITS = 12;

    private final ScreeningIndex index;
    private final float[] acc;
    /** The names touched in the current block, and one spare cell for the unconditional write. */
    private final int[] touched = new int[(1 << BLOCK_BITS) + 1];
    private final long[] heap = new long[SIZE];
    private int heapSize;
    /** The kept names, best first. */
    final int[] ids = new int[SIZE];
    int size;

    // the query's usable keys with their rarity, and how far each key's posting has been walked
    private int[] qKeys = new int[64];
    private float[] qIdf = new float[64];
    private int[] qPos = new int[64];
    private int qCount;
    /** While collecting keys: the most names a rare key has, and whether the query has one. */
    private int common;
    private boolean anyRare;
    private final java.util.function.Consumer<String> addKeys = this::addKeys;

    Shortlist(ScreeningIndex index) {
        this.index = index;
        this.acc = new float[index.size()];
    }

    /**
     * Fills {@link #ids} and {@link #size} for query {@code q}. The postings (ascending ids) are walked a block of
     * names at a time, every key's part of the block in query order, so each name's sum adds the same rarities in
     * the same order as walking each whole posting in turn would (the same float), and the block's candidates are
     * offered to the heap while their sums are still in the cache.
     */
    void build(CompiledName q, NameKind kind) {
        collectKeys(q.parsed());
        if (qPos.length < qCount) {
            qPos = new int[qKeys.length];
        }
        Arrays.fill(qPos, 0, qCount, 0);
        heapSize = 0;
        int n = acc.length;
        for (int start = 0; start < n; start += 1 << BLOCK_BITS) {
            int end = start + (1 << BLOCK_BITS);
            int count = 0;
            for (int k = 0; k < qCount; k++) {
                int[] posting = index.posting(qKeys[k]);
                float idf = qIdf[k];
                int i = qPos[k];
                for (; i < posting.length && posting[i] < end; i++) {
                    // every rarity is positive, so a zero sum is a name not touched yet in this block: it is kept
                    // by advancing count, written either way (no branch to mispredict)
                    int id = posting[i];
                    float sum = acc[id];
                    touched[count] = id;
                    count += sum == 0f ? 1 : 0;
                    acc[id] = sum + idf;
                }
                qPos[k] = i;
            }
            select(kind, count);
        }
        finish();
    }

    /**
     * The query's keys that names carry, each once, in the order of {@link BlockingKeys#ofParts} (found per coarse
     * skeleton, {@link BlockingKeys#sources}, with cached key ids); common ones dropped when rarer ones exist.
     */
    private void collectKeys(ParsedName name) {
        int n = index.size();
        common = Math.max(1, (int) (n * COMMON_SHARE));
        qCount = 0;
        anyRare = false;
        BlockingKeys.sources(name, addKeys);
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

    /** Adds the keys of one coarse skeleton not met yet, with their rarity. */
    private void addKeys(String coarse) {
        int n = index.size();
        for (int k : index.keyIdsOf(coarse)) {
            if (indexOf(k) >= 0) {
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

    /** The number of keys the last query walked (for tests). */
    int keyCount() {
        return qCount;
    }

    /** Key {@code i} the last query walked, and its rarity (for tests). */
    int key(int i) {
        return qKeys[i];
    }

    float rarity(int i) {
        return qIdf[i];
    }

    private int indexOf(int key) {
        for (int i = 0; i < qCount; i++) {
            if (qKeys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    /** Offers the {@code count} names touched in the current block to the heap, and clears their sums. */
    private void select(NameKind kind, int count) {
        for (int t = 0; t < count; t++) {
            int id = touched[t];
            float a = acc[id];
            acc[id] = 0f;
            if (kind != NameKind.ANY && !compatible(kind, index.type(id))) {
                continue;
            }
            // higher sum first, then the lower id (ties must not churn the heap)
            long item = ((long) Float.floatToIntBits(a) << 32) | (Integer.MAX_VALUE - id);
            if (heapSize < SIZE) {
                heap[heapSize++] = item;
                siftUp(heapSize - 1);
            } else if (item > heap[0]) {
                heap[0] = item;
                siftDown(heapSize);
            }
        }
    }

    /** Writes the kept names, best first, to {@link #ids}. */
    private void finish() {
        Arrays.sort(heap, 0, heapSize);
        size = heapSize;
        for (int i = 0; i < heapSize; i++) {
            ids[i] = Integer.MAX_VALUE - (int) heap[heapSize - 1 - i];
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
