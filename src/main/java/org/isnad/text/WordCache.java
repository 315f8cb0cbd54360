package org.isnad.text;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A bounded, lock-free cache of the analyses of words, looked up by a range of a text without first copying it out,
 * so that a frequent word costs one hash, one probe and one comparison. A word of up to {@value #PACKED} characters
 * is compared against key characters packed into the entry itself (no further memory access); longer words against
 * a key array. Entries are immutable; a full table simply stops taking new words (news vocabulary is Zipfian, so the
 * first words seen are mostly the frequent ones). Thread-safe.
 */
final class WordCache {
    /** The cached analysis of one surface form; {@code k0..k2} hold its first 12 characters, 4 to a long. */
    record Entry(int hash, int length, long k0, long k1, long k2, char[] longKey, String surface, String norm,
                 String proclitics, String base, String stem, TokenKind kind) {
    }

    static final int MAX_WORD = 40;
    static final int PACKED = 12;
    private static final int PROBES = 8;
    private final AtomicReferenceArray<Entry> table;
    private final int mask;
    private final int limit;
    private final AtomicInteger size = new AtomicInteger();

    /** A cache of at most about {@code 3/4 * capacity} words; capacity is rounded up to a power of two. */
    WordCache(int capacity) {
        int cap = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
        table = new AtomicReferenceArray<>(cap);
        mask = cap - 1;
        limit = cap / 4 * 3;
    }

    static int hash(char[] text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text[i];
        }
        return finish(h);
    }

    /** Spreads a polynomial hash's high bits into the low ones used for the slot. */
    static int finish(int h) {
        return h ^ (h >>> 16);
    }

    /** Up to four characters of {@code text[from, end)} packed into a long (0 past the end). */
    static long pack(char[] text, int from, int end) {
        int n = end - from;
        if (n >= 4) {
            return text[from] | (long) text[from + 1] << 16 | (long) text[from + 2] << 32 | (long) text[from + 3] << 48;
        }
        long k = 0;
        if (n == 3) {
            k = (long) text[from + 2] << 32;
        }
        if (n >= 2) {
            k |= (long) text[from + 1] << 16;
        }
        if (n >= 1) {
            k |= text[from];
        }
        return k;
    }

    /** A new entry for {@code text[start, end)} and its analysis. */
    static Entry entry(int hash, char[] text, int start, int end, Token t) {
        int len = end - start;
        char[] longKey = len > PACKED ? java.util.Arrays.copyOfRange(text, start, end) : null;
        return new Entry(hash, len, pack(text, start, end), pack(text, start + 4, end), pack(text, start + 8, end),
                longKey, t.surface(), t.norm(), t.proclitics(), t.base(), t.stem(), t.kind());
    }

    /** The entry for {@code text[start, end)}, or null. */
    Entry get(char[] text, int start, int end, int hash) {
        int len = end - start;
        long k0 = 0;
        long k1 = 0;
        long k2 = 0;
        boolean packed = false;
        for (int p = 0, i = hash & mask; p < PROBES; p++, i = (i + 1) & mask) {
            Entry e = table.getAcquire(i);
            if (e == null) {
                return null;
            }
            if (e.hash == hash && e.length == len) {
                if (e.longKey != null) {
                    if (java.util.Arrays.equals(e.longKey, 0, len, text, start, end)) {
                        return e;
                    }
                    continue;
                }
                if (!packed) {
                    k0 = pack(text, start, end);
                    k1 = len > 4 ? pack(text, start + 4, end) : 0;
                    k2 = len > 8 ? pack(text, start + 8, end) : 0;
                    packed = true;
                }
                if (e.k0 == k0 && e.k1 == k1 && e.k2 == k2) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Adds an entry if there is room; another thread's entry for the same word may win, which is harmless. */
    void put(Entry entry) {
        if (size.get() >= limit) {
            return;
        }
        for (int p = 0, i = entry.hash & mask; p < PROBES; p++, i = (i + 1) & mask) {
            Entry e = table.getAcquire(i);
            if (e == null) {
                if (table.compareAndSet(i, null, entry)) {
                    size.incrementAndGet();
                    return;
                }
                e = table.getAcquire(i);
            }
            if (e.hash == entry.hash && e.surface.equals(entry.surface)) {
                return;
            }
        }
    }

    int size() {
        return size.get();
    }
}
