package org.isnad.names;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo of a pure function, bounded in entries: when it is full it is emptied and starts again (a
 * cheap, lock-free bound; the values are recomputed on demand, so dropping them only costs time). Used for
 * per-word results that are slow to compute and recur often, such as ICU romanisation.
 */
public final class BoundedCache<K, V> {
    private final ConcurrentHashMap<K, V> map;
    private final int capacity;
    private final Function<K, V> compute;

    public BoundedCache(int capacity, Function<K, V> compute) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.compute = compute;
        this.map = new ConcurrentHashMap<>(Math.min(capacity, 1024));
    }

    /** The function's value for {@code key}, computed at most once while it stays cached. */
    public V get(K key) {
        V v = map.get(key);
        if (v != null) {
            return v;
        }
        v = compute.apply(key);
        if (map.size() >= capacity) {
            map.clear();
        }
        map.putIfAbsent(key, v);
        return v;
    }

    /** Entries held now (never more than the capacity, give or take concurrent insertions). */
    int size() {
        return map.size();
    }

    void clear() {
        map.clear();
    }
}
