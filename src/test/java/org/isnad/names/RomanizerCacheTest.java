package org.isnad.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RomanizerCacheTest {
    private static final List<String> WORDS = List.of("王小明", "金正恩", "Владимир", "ΔΗΜΗΤΡΗΣ", "josé", "ប៊ុន",
            "Ørsted", "straße", "中国人民解放军");

    @Test
    void cachedRomanisationEqualsUncached() {
        Romanizer.clearWordCache();
        for (String w : WORDS) {
            String direct = Romanizer.toAscii(w);
            assertEquals(direct, Romanizer.romanizeWord(w), w + " first (computed)");
            assertEquals(direct, Romanizer.romanizeWord(w), w + " second (cached)");
        }
        assertEquals("vladimir", Romanizer.romanizeWord("владимир"));
        assertEquals("wang xiao ming", Romanizer.romanizeWord("王小明"));
    }

    @Test
    void cleanedNamesAreTheSameWithAndWithoutCachedWords() {
        String name = "金正恩 Владимир José Ørsted";
        Romanizer.clearWordCache();
        String cold = NameCleaner.clean(name);
        String warm = NameCleaner.clean(name);
        assertEquals(cold, warm);
        assertEquals("jin zheng en vladimir jose orsted", cold);
    }

    @Test
    void cacheNeverHoldsMoreThanItsCapacity() {
        AtomicInteger calls = new AtomicInteger();
        BoundedCache<Integer, String> cache = new BoundedCache<>(100, k -> {
            calls.incrementAndGet();
            return "v" + k;
        });
        for (int i = 0; i < 1_000; i++) {
            assertEquals("v" + i, cache.get(i));
            assertTrue(cache.size() <= 100, "size " + cache.size());
        }
        int before = calls.get();
        assertEquals("v999", cache.get(999));
        assertEquals(before, calls.get(), "a cached key is not recomputed");
    }

    @Test
    void romanizerWordCacheIsBounded() {
        Romanizer.clearWordCache();
        for (int i = 0; i < Romanizer.WORD_CACHE_CAPACITY + 500; i++) {
            Romanizer.romanizeWord("x" + i);
        }
        assertTrue(Romanizer.cachedWords() <= Romanizer.WORD_CACHE_CAPACITY, "held " + Romanizer.cachedWords());
        Romanizer.clearWordCache();
    }

    @Test
    void concurrentCallersGetTheUncachedResults() throws Exception {
        List<String> expected = WORDS.stream().map(Romanizer::toAscii).toList();
        Romanizer.clearWordCache();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                futures.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int i = 0; i < 300; i++) {
                        int k = (i + seed) % WORDS.size();
                        wrong += expected.get(k).equals(Romanizer.romanizeWord(WORDS.get(k))) ? 0 : 1;
                        if (i % 50 == 0) {
                            Romanizer.clearWordCache();
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> f : futures) {
                assertEquals(0, f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
