package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
    private static Corpus read(CorpusFormat f, String text) throws IOException {
        return new CorpusReader(f).read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsAnercorpSentencesAndCountsNoisyTags() throws IOException {
        Corpus c = read(CorpusFormat.ANERCORP, """
                قال O
                جورج B-PERS
                بوش I-PERS
                في O
                واشنطن B-LOC
                . O

                الاتحاد B-ORG
                الأوروبي I-ORG
                و O
                الدولار B-MISC
                x B-ERS
                y IPERS
                """);
        assertEquals(2, c.sentences().size());
        assertEquals(List.of("O", "B-PERSON", "I-PERSON", "O", "B-LOC", "O"), c.sentences().get(0).tags());
        assertEquals(List.of("B-ORG", "I-ORG", "O", "B-MISC", "O", "O"), c.sentences().get(1).tags());
        assertEquals(Map.of("B-ERS", 1, "IPERS", 1), c.noisy());
        assertEquals(12, c.tokens());
    }

    @Test
    void wojoodTakesTheOutermostLayerAndDropsTheSentenceMark() throws IOException {
        Corpus c = read(CorpusFormat.WOJOOD, """
                سكرتير B-OCC
                اللجنة I-OCC B-ORG
                القومية I-OCC I-ORG
                في I-OCC
                نابلس I-OCC B-GPE
                مصابي B-NORP
                يوم B-DATE
                $#$ O

                قرية B-GPE
                """);
        assertEquals(2, c.sentences().size());
        assertEquals(List.of("سكرتير", "اللجنة", "القومية", "في", "نابلس", "مصابي", "يوم"),
                c.sentences().get(0).words());
        assertEquals(List.of("B-TITLE", "I-TITLE", "I-TITLE", "I-TITLE", "I-TITLE", "B-NORP", "O"),
                c.sentences().get(0).tags());
        assertEquals(List.of("B-GPE"), c.sentences().get(1).tags());
        assertEquals(0, c.noisyCount());
    }

    @Test
    void aqmarTopicTagsAreOutsideUnlessAskedAndTyposAreNoise() throws IOException {
        String text = "رونالدو B-PER\nلشبونة B-LOC\nالكرة B-MIS1\nx B-MIS-2\ny I--ORG\n";
        Corpus plain = read(CorpusFormat.AQMAR, text);
        assertEquals(List.of("B-PERSON", "B-LOC", "O", "O", "O"), plain.sentences().get(0).tags());
        assertEquals(2, plain.noisyCount());
        Corpus misc = new CorpusReader(CorpusFormat.AQMAR, true).read(new BufferedReader(new StringReader(text)));
        assertEquals("B-MISC", misc.sentences().get(0).tags().get(2));
    }

    @Test
    void fileWithoutBlankLinesIsCutAtSentenceEnds() throws IOException {
        Corpus c = read(CorpusFormat.ANERCORP, "أ O\n. O\nب O\n؟ O\nج O\n");
        assertEquals(3, c.sentences().size());
    }

    @Test
    void malformedLineIsAnError() {
        assertThrows(IOException.class, () -> read(CorpusFormat.ANERCORP, "onlyonecolumn\n"));
    }

    @Test
    void detectsFormats(@TempDir Path dir) throws IOException {
        Path w = Files.writeString(dir.resolve("w.txt"), "a B-ORG B-PERS\n");
        Path q = Files.writeString(dir.resolve("q.txt"), "a B-PER\nb B-MIS1\n");
        Path a = Files.writeString(dir.resolve("a.conll"), "a B-PERS\n");
        assertEquals(CorpusFormat.WOJOOD, CorpusReader.detect(w));
        assertEquals(CorpusFormat.AQMAR, CorpusReader.detect(q));
        assertEquals(CorpusFormat.ANERCORP, CorpusReader.detect(a));
    }

    @Test
    void readsTheSharedSplitWithItsDocumentedCounts() throws IOException {
        Corpus test = new CorpusReader(CorpusFormat.ANERCORP).read(SharedData.require("ner/anercorp/test.conll"));
        assertEquals(25_187, test.tokens());
        assertEquals(969, test.sentences().size());
        long entities = test.sentences().stream().mapToLong(s -> Chunk.of(s.tags()).size()).sum();
        assertEquals(890 + 657 + 450 + 244, entities);
    }
}
