package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private static String resource(String name) throws Exception {
        return Path.of(ScreenCommandTest.class.getResource("/org/isnad/screening/" + name).toURI()).toString();
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!l.isBlank()) {
                nodes.add(JSON.readTree(l));
            }
        }
        return nodes;
    }

    @Test
    void jsonHasExactlyTheContractFields(@TempDir Path home) throws Exception {
        int rc = IsnadCli.execute("screen", "--json", "--home", home.toString(), "--watchlist",
                resource("un-small-v1.xml"), "أبو محمد الجولاني", "Nobody Special");
        assertEquals(ExitCodes.OK, rc, err.toString(StandardCharsets.UTF_8));
        List<JsonNode> res = lines();
        assertEquals(2, res.size());
        JsonNode first = res.get(0);
        assertEquals(List.of("query", "candidates"), fields(first));
        assertEquals("أبو محمد الجولاني", first.get("query").asText());
        JsonNode c = first.get("candidates").get(0);
        assertEquals(List.of("reference", "list", "list_date", "name", "matched_alias", "score", "status",
                "explanation"), fields(c));
        assertEquals("QDi.317", c.get("reference").asText());
        assertEquals("UN-SC", c.get("list").asText());
        assertEquals("2024-01-10", c.get("list_date").asText());
        assertEquals("LISTED", c.get("status").asText());
        assertTrue(c.get("score").isNumber() && c.get("score").asDouble() >= 0.9);
        assertEquals(0, res.get(1).get("candidates").size());
    }

    @Test
    void namesFileGivesJsonLinesBestFirst(@TempDir Path dir) throws Exception {
        Path names = Files.writeString(dir.resolve("names.txt"), "Abu Mohammed al-Golani\n\nJabhat al-Nusra\n");
        int rc = IsnadCli.execute("screen", "--home", dir.toString(), "--watchlist", resource("un-small-v1.xml"),
                "--names", names.toString(), "--threshold", "0.5", "--top", "2");
        assertEquals(ExitCodes.OK, rc);
        List<JsonNode> res = lines();
        assertEquals(2, res.size());
        assertEquals("QDe.137", res.get(1).get("candidates").get(0).get("reference").asText());
        JsonNode cands = res.get(0).get("candidates");
        for (int i = 1; i < cands.size(); i++) {
            assertTrue(cands.get(i - 1).get("score").asDouble() >= cands.get(i).get("score").asDouble());
        }
    }

    @Test
    void textOutputSpeaksOfPossibleMatches(@TempDir Path home) throws Exception {
        IsnadCli.execute("screen", "--home", home.toString(), "--watchlist", resource("un-small-v1.xml"),
                "Abu Muhammad al-Julani");
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("possible match"), text);
        assertTrue(text.contains("not an identification"), text);
    }

    @Test
    void badInputGivesOneLineAndExitCode(@TempDir Path home) throws Exception {
        assertEquals(ExitCodes.USAGE, IsnadCli.execute("screen", "--home", home.toString(), "Someone"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no watchlist"));
        assertEquals(ExitCodes.BAD_INPUT, IsnadCli.execute("screen", "--watchlist", resource("xxe.xml"), "X"));
        assertEquals(ExitCodes.IO, IsnadCli.execute("screen", "--watchlist", home.resolve("none.xml").toString(), "X"));
        assertEquals(ExitCodes.USAGE, IsnadCli.execute("screen", "--watchlist", resource("un-small-v1.xml")));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(!e.contains("\tat "), "no stack trace: " + e);
    }

    @Test
    void watchlistImportAndList(@TempDir Path home) throws Exception {
        assertEquals(ExitCodes.OK, IsnadCli.execute("watchlist", "import", resource("un-small-v1.xml"),
                "--home", home.toString()));
        assertEquals(ExitCodes.OK, IsnadCli.execute("watchlist", "import", resource("un-small-v2.xml"),
                "--format", "un", "--home", home.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("1 delisted"), out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(ExitCodes.OK, IsnadCli.execute("watchlist", "list", "--home", home.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("UN-SC\t2024-03-15"), out.toString(StandardCharsets.UTF_8));
        out.reset();
        assertEquals(ExitCodes.OK, IsnadCli.execute("screen", "--json", "--home", home.toString(), "Khalid Tester"));
        JsonNode c = lines().get(0).get("candidates").get(0);
        assertEquals("QDi.902", c.get("reference").asText());
        assertEquals("DELISTED", c.get("status").asText());
        assertEquals(ExitCodes.BAD_INPUT, IsnadCli.execute("watchlist", "import", resource("xxe.xml"),
                "--home", home.toString()));
    }

    @Test
    void analyzeTakesWatchlistFiles(@TempDir Path dir) throws Exception {
        Path report = Files.writeString(dir.resolve("r.txt"), "قال أبو محمد الجولاني إن الوضع هادئ.");
        assertEquals(ExitCodes.OK, IsnadCli.execute("analyze", "--format", "json", "--watchlist", resource("un-small-v1.xml"),
                report.toString()));
        assertTrue(JSON.readTree(out.toString(StandardCharsets.UTF_8)).has("screening"));
        assertEquals(ExitCodes.BAD_INPUT, IsnadCli.execute("analyze", "--watchlist", resource("xxe.xml"),
                report.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("DTD"), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> fields(JsonNode n) {
        List<String> f = new ArrayList<>();
        n.fieldNames().forEachRemaining(f::add);
        return f;
    }
}
