package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.json.SpanRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad analyze} end to end on every input kind and every kind of bad input. */
class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPORT = "قال مصدر مطلع إن الاجتماع عُقد في بيروت. ونفى الوزير ذلك.\n";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static JsonNode json(Cli.Run r) throws IOException {
        assertEquals(0, r.code(), r.err());
        JsonNode n = JSON.readTree(r.out());
        SpanRule.check(n);
        return n;
    }

    /** One line on stderr, naming the input and the reason, without a stack trace. */
    private static void oneLineError(Cli.Run r, int code, String where, String reason) {
        assertEquals(code, r.code(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        assertTrue(err.startsWith("isnad: " + where + ": "), err);
        assertTrue(err.contains(reason), err);
        assertEquals("", r.out());
    }

    @Test
    void readsUtf8Text() throws IOException {
        Path p = write("a.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        JsonNode n = json(Cli.run("analyze", "--format", "json", p.toString()));
        assertEquals(REPORT, n.at("/document/text").asText());
        assertEquals("a.txt", n.at("/document/id").asText());
        assertEquals(2, n.get("sentences").size());
    }

    @Test
    void readsUtf16WithBom() throws IOException {
        byte[] le = ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(REPORT, json(Cli.run("analyze", "--format", "json", write("le.txt", le).toString()))
                .at("/document/text").asText());
        assertEquals(REPORT, json(Cli.run("analyze", "--format", "json", write("be.txt", be).toString()))
                .at("/document/text").asText());
    }

    @Test
    void readsWindows1256() throws IOException {
        byte[] bytes = REPORT.replace("عُقد", "عقد").getBytes(Charset.forName("windows-1256"));
        JsonNode n = json(Cli.run("analyze", "--format", "json", write("cp.txt", bytes).toString()));
        assertEquals(REPORT.replace("عُقد", "عقد"), n.at("/document/text").asText());
    }

    @Test
    void readsHtml() throws IOException {
        Path p = Path.of("examples/report-funding.html");
        JsonNode n = json(Cli.run("analyze", "--format", "json", p.toString()));
        String text = n.at("/document/text").asText();
        assertTrue(text.startsWith("أفاد تقرير"), text);
        assertFalse(text.contains("الرئيسية") || text.contains("إعلان") || text.contains("dataLayer")
                || text.contains("حقوق") || text.contains("ذات صلة") || text.contains("شارك"), text);
        assertEquals("جمعية خيرية متهمة بتحويل أموال إلى جماعة مسلحة", n.at("/document/title").asText());
        assertEquals("2026-03-14T09:30:00+03:00", n.at("/document/published").asText());
        assertEquals("ليلى حداد", n.at("/document/byline").asText());
        assertEquals("صحيفة المرصد", n.at("/document/outlet").asText());
    }

    @Test
    void readsJsonLinesAsABatch() throws IOException {
        Cli.Run r = Cli.run("analyze", "--format", "jsonl", "examples/reports.jsonl");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size());
        assertEquals(List.of("batch-1", "batch-2", "batch-3"),
                lines.stream().map(l -> readTree(l).at("/document/id").asText()).toList());
        for (String l : lines) {
            SpanRule.check(readTree(l));
        }
        assertEquals("صحيفة الأفق", readTree(lines.get(1)).at("/document/outlet").asText());
    }

    @Test
    void readsStdin() {
        Cli.Run r = Cli.run(REPORT.getBytes(StandardCharsets.UTF_8), "analyze", "--format", "json", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals("stdin", readTree(r.out()).at("/document/id").asText());
        Cli.Run batch = Cli.run("{\"id\":\"x\",\"text\":\"نص قصير.\"}\n{\"id\":\"y\",\"text\":\"نص آخر.\"}\n"
                .getBytes(StandardCharsets.UTF_8), "analyze", "--format", "jsonl", "-");
        assertEquals(0, batch.code(), batch.err());
        assertEquals(2, batch.out().lines().count());
    }

    @Test
    void writesATextReportAndToAFile() throws IOException {
        Path out = dir.resolve("report.txt");
        Cli.Run r = Cli.run("analyze", "--out", out.toString(), "examples/report-centre-leak.txt");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        String report = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(report.contains("Isnad report: report-centre-leak.txt"), report);
        assertTrue(report.contains("── Sentences (7) ──"), report);
        assertTrue(report.contains("حسين أزيري"), report);
    }

    @Test
    void runsAChosenStageList() throws IOException {
        JsonNode n = json(Cli.run("analyze", "--format", "json", "--stages", "tokens",
                write("a.txt", REPORT.getBytes(StandardCharsets.UTF_8)).toString()));
        assertEquals(0, n.get("sentences").size());
        Cli.Run bad = Cli.run("analyze", "--stages", "tokens,nonsense", "examples/report-centre-leak.txt");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.err().contains("unknown stage 'nonsense'"), bad.err());
    }

    @Test
    void refusesEmptyInput() throws IOException {
        oneLineError(Cli.run("analyze", write("e.txt", new byte[0]).toString()), ExitCodes.BAD_INPUT,
                dir.resolve("e.txt").toString(), "empty");
        oneLineError(Cli.run("analyze", write("w.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8)).toString()),
                ExitCodes.BAD_INPUT, dir.resolve("w.txt").toString(), "empty");
        oneLineError(Cli.run(new byte[0], "analyze", "-"), ExitCodes.BAD_INPUT, "-", "empty");
        oneLineError(Cli.run("analyze", write("e.jsonl", new byte[0]).toString()), ExitCodes.BAD_INPUT,
                dir.resolve("e.jsonl").toString(), "empty");
    }

    @Test
    void refusesBinaryInput() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1};
        oneLineError(Cli.run("analyze", write("img.txt", png).toString()), ExitCodes.BAD_INPUT,
                dir.resolve("img.txt").toString(), "binary");
        byte[] controls = new byte[400];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        oneLineError(Cli.run("analyze", write("ctl.txt", controls).toString()), ExitCodes.BAD_INPUT,
                dir.resolve("ctl.txt").toString(), "binary");
    }

    @Test
    void refusesOversizeInput() throws IOException {
        Path p = write("big.txt", REPORT.repeat(50).getBytes(StandardCharsets.UTF_8));
        oneLineError(Cli.run("analyze", "--max-bytes", "1k", p.toString()), ExitCodes.BAD_INPUT, p.toString(),
                "larger than the limit of 1024 bytes");
        oneLineError(Cli.run(REPORT.repeat(50).getBytes(StandardCharsets.UTF_8), "analyze", "--max-bytes", "1k",
                "-"), ExitCodes.BAD_INPUT, "-", "larger than the limit");
        assertEquals(ExitCodes.OK, Cli.run("analyze", "--max-bytes", "1M", p.toString()).code());
    }

    @Test
    void refusesUndecodableInput() throws IOException {
        byte[] latin = "Le ministre a déclaré : « c'était prévu », à Genève, où l'été fût très chaud. Ça déçoit."
                .getBytes(StandardCharsets.ISO_8859_1);
        oneLineError(Cli.run("analyze", write("latin.txt", latin).toString()), ExitCodes.BAD_INPUT,
                dir.resolve("latin.txt").toString(), "undecodable");
        byte[] badBom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, '('};
        oneLineError(Cli.run("analyze", write("bom.txt", badBom).toString()), ExitCodes.BAD_INPUT,
                dir.resolve("bom.txt").toString(), "undecodable");
    }

    @Test
    void skipsMalformedJsonLinesAndGoesOn() throws IOException {
        String lines = "{\"id\":\"ok1\",\"text\":\"نص أول.\"}\n"
                + "{\"id\":\"broken\",\"text\":\"لا نهاية\n"
                + "[1,2,3]\n"
                + "{\"id\":\"nothing\"}\n"
                + "{\"id\":\"bad-title\",\"text\":\"نص\",\"title\":5}\n"
                + "\n"
                + "{\"id\":\"ok2\",\"html\":\"<p>نص ثان.</p>\"}\n"
                + "{\"id\":\"long\",\"text\":\"" + "ن".repeat(2000) + "\"}\n";
        Path p = write("batch.jsonl", lines.getBytes(StandardCharsets.UTF_8));
        Cli.Run r = Cli.run("analyze", "--format", "jsonl", "--max-bytes", "1k", p.toString());
        assertEquals(ExitCodes.PARTIAL, r.code(), r.err());
        assertEquals(List.of("ok1", "ok2"), r.out().lines().map(l -> readTree(l).at("/document/id").asText()).toList());
        List<String> err = r.err().lines().toList();
        assertEquals(6, err.size(), r.err());
        assertTrue(err.get(0).startsWith("isnad: " + p + ":2: malformed JSON"), err.get(0));
        assertTrue(err.get(1).startsWith("isnad: " + p + ":3: not a JSON object"), err.get(1));
        assertTrue(err.get(2).contains(":4: record has neither 'text' nor 'html'"), err.get(2));
        assertTrue(err.get(3).contains(":5: field 'title' must be a string"), err.get(3));
        assertTrue(err.get(4).contains(":8: line longer than the limit"), err.get(4));
        assertTrue(err.get(5).startsWith("isnad: 5 of 7 inputs skipped"), err.get(5));
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void readsMalformedHtmlAndRefusesAPageWithoutText() throws IOException {
        Path broken = write("broken.html", "<html><body><div><p>نص <b>غير مغلق. <p>فقرة ثانية<table><tr><td>خلية"
                .getBytes(StandardCharsets.UTF_8));
        JsonNode n = json(Cli.run("analyze", "--format", "json", broken.toString()));
        assertTrue(n.at("/document/text").asText().contains("نص غير مغلق."), n.toString());
        Path empty = write("empty.html", "<html><head><script>var x = 1;</script></head><body><nav>قائمة</nav></body>"
                .getBytes(StandardCharsets.UTF_8));
        oneLineError(Cli.run("analyze", empty.toString()), ExitCodes.BAD_INPUT, empty.toString(),
                "no article text");
    }

    @Test
    void reportsAMissingFileAndGoesOnWithTheRest() {
        oneLineError(Cli.run("analyze", "no/such/file.txt"), ExitCodes.IO, "no/such/file.txt", "no such file");
        Cli.Run r = Cli.run("analyze", "--format", "jsonl", "no/such/file.txt", "examples/report-centre-leak.txt");
        assertEquals(ExitCodes.PARTIAL, r.code());
        assertEquals(1, r.out().lines().count());
        assertTrue(r.err().contains("isnad: 1 of 2 inputs skipped: no/such/file.txt"), r.err());
    }

    @Test
    void refusesBadOptions() {
        Cli.Run r = Cli.run("analyze", "--format", "xml", "examples/report-centre-leak.txt");
        assertEquals(ExitCodes.USAGE, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals(ExitCodes.USAGE, Cli.run("analyze", "--max-bytes", "lots", "x.txt").code());
        assertEquals(ExitCodes.IO, Cli.run("analyze", "--watchlist", "no/list.xml", "x.txt").code());
        assertEquals(ExitCodes.USAGE, Cli.run("analyze").code());
        Cli.Run help = Cli.run("analyze", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Exit codes"), help.out());
    }

    @Test
    void analysesInParallelInInputOrder() {
        String[] args = {"analyze", "--format", "jsonl", "--threads", "3", "examples/report-agency-denial.txt",
            "examples/report-centre-leak.txt", "examples/report-intel-sources.txt", "examples/reports.jsonl",
            "examples/report-minister-quote.txt"};
        Cli.Run r = Cli.run(args);
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("report-agency-denial.txt", "report-centre-leak.txt", "report-intel-sources.txt",
                "batch-1", "batch-2", "batch-3", "report-minister-quote.txt"),
                r.out().lines().map(l -> readTree(l).at("/document/id").asText()).toList());
        args[4] = "1";
        assertEquals(r.out(), Cli.run(args).out(), "same output on one thread");
    }

    private static JsonNode readTree(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
