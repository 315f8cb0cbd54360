package org.isnad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextThroughputTest {
    private static final Path ANERCORP = Path.of("../shared/data/ner/anercorp/ANERCorp.txt");

    @TempDir
    Path dir;

    @Test
    void joinsATokenPerLineCorpusIntoText() throws IOException {
        Path f = dir.resolve("c.txt");
        Files.writeString(f, "قال O\nمصدر O\nفي B-LOC\nبيروت I-LOC\n. O\n O\nوأضاف O\n", StandardCharsets.UTF_8);
        assertEquals("قال مصدر في بيروت .\nوأضاف", CorpusText.load(f));
        Path plain = dir.resolve("p.txt");
        Files.writeString(plain, "نص عادي.\nسطر ثان.", StandardCharsets.UTF_8);
        assertEquals("نص عادي.\nسطر ثان.", CorpusText.load(plain));
    }

    @Test
    void runsEveryContenderOnTheSameDocuments() {
        String text = "قال المتحدث باسم الوزارة إن الاجتماع انتهى.\nوأضاف أن الوفد غادر.\n".repeat(200);
        TextThroughput whole = new TextThroughput(text, 0);
        TextThroughput docs = new TextThroughput(text, 1000);
        assertEquals(1, whole.documents());
        assertTrue(docs.documents() > 10);
        assertEquals(whole.bytes(), docs.bytes(), "cutting into documents keeps every byte");
        List<TextThroughput.Result> r = docs.run(0.05);
        assertEquals(5, r.size());
        assertTrue(r.get(0).name().startsWith("isnad ("));
        assertTrue(r.get(1).name().startsWith("isnad tokens only"));
        assertTrue(r.get(2).name().startsWith("lucene ArabicAnalyzer ("));
        assertEquals(r.get(2).checksum(), r.get(3).checksum(), "both Lucene contenders see the same tokens");
        for (TextThroughput.Result x : r) {
            assertTrue(x.medianMbPerSecond() > 0 && x.rounds() >= 3 && x.checksum() > 0, x::toString);
        }
    }

    @Test
    void theAnercorpTextHasTheExpectedSize() throws IOException {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ci) {
            assumeTrue(Files.isReadable(ANERCORP), "ANERcorp not present");
        }
        String text = CorpusText.load(ANERCORP);
        long tokens = text.chars().filter(c -> c == ' ' || c == '\n').count() + 1;
        assertTrue(tokens > 145_000 && tokens < 151_000, "tokens: " + tokens);
        assertTrue(text.lines().count() > 4000, "sentences end with a line break");
    }

    @Test
    void theCommandRefusesAMissingFile() {
        Cli.Run r = Cli.run("bench", "text", "--file", "no/such.txt", "--seconds", "1");
        assertEquals(4, r.code());
        assertEquals("isnad: no/such.txt: no such file", r.err().strip());
    }
}
