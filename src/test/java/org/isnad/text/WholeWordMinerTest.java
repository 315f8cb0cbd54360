package org.isnad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeWordMinerTest {

    @Test
    void aFrequentWordWithARareRemainderIsWholeAndARealSplitIsNot() {
        // «باريس» is seen 30 times, «اريس» once; «وقال» 30 times but «قال» 100 times; «بوتين» too rare to judge
        Map<String, Integer> counts = Map.of("باريس", 30, "اريس", 1, "وقال", 30, "قال", 100, "بوتين", 2);
        List<String> whole = new WholeWordMiner(5, 20).wholeWords(counts);
        assertEquals(List.of("باريس"), whole);
    }

    @Test
    void splitsBeforeTheArticleAreNeverInDoubt() {
        assertEquals(0, WholeWordMiner.splitLetters("ل+ال"));
        assertEquals(2, WholeWordMiner.splitLetters("و+ب"));
        assertEquals(0, WholeWordMiner.splitLetters(""));
    }

    @Test
    void countsFoldedArabicWordsOfGzipJsonLines(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write(("{\"text\":\"زار الرئيس باريس، ثم عاد إلى باريس. BBC 2024\"}\n{\"title\":\"no text\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Integer> counts = new WholeWordMiner(1, 1).count(List.of(f), s -> { });
        assertEquals(2, counts.get("باريس"));
        assertFalse(counts.containsKey("BBC"), "only Arabic words are counted");
    }

    @Test
    void theShippedListKeepsForeignNamesWhole() {
        CliticAnalyzer a = CliticAnalyzer.get();
        for (String w : List.of("باريس", "بوتين", "فلاديمير", "فيليب")) {
            assertTrue(a.isWholeWord(ArabicNormalizer.MATCHING.normalize(w)), w);
        }
        for (String w : List.of("وقال", "بوجود", "لوزير")) {
            assertFalse(a.isWholeWord(ArabicNormalizer.MATCHING.normalize(w)), w);
        }
    }
}
