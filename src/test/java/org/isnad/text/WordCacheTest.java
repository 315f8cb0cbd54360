package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.isnad.doc.Span;
import org.junit.jupiter.api.Test;

class WordCacheTest {
    /** One tokenizer for all tries, so its cache fills with words of earlier tries. */
    private static final Tokenizer WARM = new Tokenizer();

    @Provide
    Arbitrary<String> nasty() {
        return Texts.nastyText(60);
    }

    @Property(tries = 300)
    void aWarmCacheGivesTheSameTokensAsAColdAnalysis(@ForAll("nasty") String s) {
        assertEquals(new Tokenizer().tokenize(s), WARM.tokenize(s));
        assertEquals(WARM.tokenize(s), WARM.tokenize(s));
    }

    @Test
    void tellsApartWordsThatShareHashLengthOrPrefix() {
        WordCache cache = new WordCache(16);
        Tokenizer t = new Tokenizer();
        // "Aa" and "BB" have the same String hash; the packed keys must still differ.
        String longA = "المسؤولينالمسؤولينا";
        String longB = "المسؤولينالمسؤولينب";
        char[] text = ("Aa BB " + longA + " " + longB).toCharArray();
        int h1 = WordCache.hash(text, 0, 2);
        assertEquals("Aa".hashCode(), "BB".hashCode());
        cache.put(WordCache.entry(h1, text, 0, 2, t.tokenize("Aa").get(0)));
        assertNull(cache.get(text, 3, 5, WordCache.hash(text, 3, 5)));
        assertEquals("Aa", cache.get(text, 0, 2, h1).surface());
        int a = 6;
        int b = a + longA.length() + 1;
        int n = longA.length();
        cache.put(WordCache.entry(WordCache.hash(text, a, a + n), text, a, a + n, t.tokenize(longA).get(0)));
        assertEquals(longA, cache.get(text, a, a + n, WordCache.hash(text, a, a + n)).surface());
        assertNull(cache.get(text, b, b + n, WordCache.hash(text, b, b + n)), "long words differing at the end");
        assertNull(cache.get(text, a, a + n - 1, WordCache.hash(text, a, a + n - 1)), "a prefix is another word");
    }

    @Test
    void stopsGrowingWhenFull() {
        WordCache cache = new WordCache(16);
        Tokenizer t = new Tokenizer();
        for (int i = 0; i < 100; i++) {
            char[] w = ("w" + i).toCharArray();
            cache.put(WordCache.entry(WordCache.hash(w, 0, w.length), w, 0, w.length, t.tokenize("w" + i).get(0)));
        }
        assertEquals(24, cache.size());
    }

    @Test
    void isSafeUnderConcurrentUse() throws Exception {
        Tokenizer shared = new Tokenizer();
        List<String> texts = new ArrayList<>();
        Texts.exampleTexts().forEach(p -> texts.add(Texts.read(p)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Token>>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String text = texts.get(i % texts.size());
                results.add(pool.submit(() -> shared.tokenize(text)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(new Tokenizer().tokenize(texts.get(i % texts.size())), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
        Token first = shared.tokenize("قال").get(0);
        assertSame(first.surface(), shared.tokenize(" قال").get(0).surface(), "the second comes from the cache");
        assertEquals(new Span(1, 4), shared.tokenize(" قال").get(0).span());
    }
}
