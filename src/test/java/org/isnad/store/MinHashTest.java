package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

/**
 * Signatures are stored (schema version 3 keeps them in {@code doc_signatures}), so the fast signature must give the
 * values of the definition: folded words, shingles of four words hashed from the words' {@code hashCode}, the distinct
 * shingles, the minimum of 64 seeded hashes. The reference below computes exactly that with strings and sets.
 */
class MinHashTest {
    private static final List<String> TEXTS = List.of(
            "قال وزير الخارجية أيمن الصفدي إن المفاوضات وصلت إلى طريق مسدود.",
            "وأكدت الحكومةُ ذلك، في بيانٍ صدر يوم ١٢ آذار 2024 — ثم نفت!",
            "Abu Mohammed al-Jawlani said 42 times: no, no, no, no, no.",
            "كلمة", "ثلاث كلمات فقط", "", "   ...   ", "emoji 😀 بين الكلمات 😀 هنا وهناك ثم هنالك",
            "تكرار تكرار تكرار تكرار تكرار تكرار تكرار تكرار تكرار تكرار");

    @Test
    void signatureIsTheDefinitionsValue() {
        for (String t : TEXTS) {
            assertArrayEquals(reference(t), MinHash.signature(t), t);
        }
    }

    @Test
    void nearTextsAgreeInMostPositionsAndOthersInFew() {
        String a = TEXTS.get(0) + " " + TEXTS.get(1);
        assertEquals(1.0, MinHash.similarity(MinHash.signature(a), MinHash.signature(a + " ")));
        assertTrue(MinHash.similarity(MinHash.signature(a), MinHash.signature(TEXTS.get(2))) < 0.2);
        int[] sig = MinHash.signature(a);
        assertArrayEquals(sig, MinHash.decode(MinHash.encode(sig)));
    }

    private static int[] reference(String text) {
        String folded = ArabicNormalizer.MATCHING.normalize(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; !words.isEmpty() && i < Math.max(1, words.size() - MinHash.SHINGLE + 1); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < Math.min(words.size(), i + MinHash.SHINGLE); j++) {
                h = mix(31 * h + words.get(j).hashCode());
            }
            shingles.add(h);
        }
        long[] seeds = new long[MinHash.HASHES];
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            s = mix(s + 0x632BE59BD9B4E019L);
            seeds[i] = s;
        }
        int[] sig = new int[MinHash.HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (long sh : shingles) {
            for (int i = 0; i < sig.length; i++) {
                sig[i] = Math.min(sig[i], (int) (mix(sh ^ seeds[i]) >>> 33));
            }
        }
        return sig;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
