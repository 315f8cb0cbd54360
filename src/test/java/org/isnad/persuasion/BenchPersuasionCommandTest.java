package org.isnad.persuasion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.cli.ExitCodes;
import org.isnad.cli.IsnadCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad bench persuasion} runs on a small file and reports both pipelines; bad arguments are refused. */
class BenchPersuasionCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchReportsBothPipelines() throws Exception {
        Path f = dir.resolve("a.jsonl");
        Files.writeString(f, "{\"text\":\"قالت مصادر مطلعة إن كارثة وقعت في المدينة.\"}\nnot json\n{\"text\":\"\"}\n",
                StandardCharsets.UTF_8);
        PrintStream o = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = IsnadCli.execute("bench", "persuasion", "--articles", f.toString(), "--limit", "5", "--rounds", "1");
        } finally {
            System.setOut(o);
        }
        String s = out.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, code, s);
        assertTrue(s.contains("articles: 1 ") && s.contains("without [") && s.contains("added   [persuasion,profile]")
                && s.contains("persuasion+profile:"), s);
        assertEquals(ExitCodes.USAGE, IsnadCli.execute("bench", "persuasion", "--articles", f.toString(), "--limit", "0"));
        assertEquals(ExitCodes.IO, IsnadCli.execute("bench", "persuasion", "--articles", dir.resolve("x").toString()));
    }
}
