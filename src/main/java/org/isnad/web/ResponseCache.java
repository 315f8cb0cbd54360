package org.isnad.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Recently answered read responses (JSON bytes) by request path and query, valid for one store generation
 * ({@link org.isnad.store.Database#generation()}): any write to the store empties it, so a cached answer is always
 * the one the handler would compute now. Bounded by total size, least recently used dropped first. Thread-safe.
 */
final class ResponseCache {
    private final long maxBytes;
    private final LongSupplier generation;
    private final LinkedHashMap<String, byte[]> map = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long cachedGeneration = Long.MIN_VALUE;

    ResponseCache(long maxBytes, LongSupplier generation) {
        this.maxBytes = maxBytes;
        this.generation = generation;
    }

    /** The generation now; pass it back to {@link #put} so a write in between is not cached over. */
    long generation() {
        return generation.getAsLong();
    }

    synchronized Optional<byte[]> get(String key) {
        sync(generation.getAsLong());
        return Optional.ofNullable(map.get(key));
    }

    synchronized void put(String key, byte[] value, long computedAt) {
        sync(generation.getAsLong());
        if (computedAt != cachedGeneration || value.length > maxBytes / 8) {
            return;
        }
        byte[] old = map.put(key, value);
        bytes += value.length - (old == null ? 0 : old.length);
        Iterator<Map.Entry<String, byte[]>> it = map.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            bytes -= it.next().getValue().length;
            it.remove();
        }
    }

    private void sync(long g) {
        if (g != cachedGeneration) {
            map.clear();
            bytes = 0;
            cachedGeneration = g;
        }
    }
}
