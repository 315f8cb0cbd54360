package org.isnad.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A small thread-safe least-recently-used map of bounded size, for memoising read results. */
final class Lru<K, V> {
    private final Map<K, V> map;

    Lru(int capacity) {
        this.map = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<V> get(K key) {
        return Optional.ofNullable(map.get(key));
    }

    synchronized void put(K key, V value) {
        map.put(key, value);
    }

    synchronized void clear() {
        map.clear();
    }

    /** The value for the key, computed outside the lock when missing (two threads may both compute it). */
    V computeIfAbsent(K key, Function<K, V> f) {
        Optional<V> v = get(key);
        if (v.isPresent()) {
            return v.get();
        }
        V fresh = f.apply(key);
        put(key, fresh);
        return fresh;
    }
}
