package org.isnad.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.cli.Cli;
import org.isnad.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad eval relations} on a tiny gold file: scores as JSON, bad lines reported, usage errors. */
class RelationsEvalCommandTest {
    private static String[] run(String... args) {
        Cli.Run r = Cli.run(args);
        return new String[] {Integer.toString(r.code()), r.out(), r.err()};
    }

    @Test
    void scoresATinyGoldFileAsJson(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("g.jsonl");
        Files.writeString(gold, """
                {"id":"a","text":"واجتمع المبعوث الألماني، كلاوس برانت، مع قادة من حركة الشباب في مقديشو أمس.","relations":[{"type":"MEETING","arguments":[{"role":"participant","text":"كلاوس برانت"},{"role":"participant","text":"قادة من حركة الشباب"},{"role":"place","text":"مقديشو"}]},{"type":"ROLE","arguments":[{"role":"person","text":"كلاوس برانت"},{"role":"title","text":"المبعوث"}]}]}
                {"id":"b","text":"وهطلت أمطار غزيرة على المدينة.","relations":[{"type":"LEADS","arguments":[{"role":"leader","text":"أمطار"},{"role":"group","text":"المدينة"}]}]}
                not json
                """);
        String[] r = run("eval", "relations", "--gold", gold.toString(), "--json", "--claims", "sentence", "--no-ner");
        assertEquals(String.valueOf(ExitCodes.PARTIAL), r[0], r[2]);
        assertTrue(r[2].contains("bad record g.jsonl:3"), r[2]);
        JsonNode j = new ObjectMapper().readTree(r[1]);
        assertEquals(2, j.get("paragraphs").asInt());
        assertEquals(1, j.path("system").path("MEETING").path("tp").asInt());
        assertEquals(1, j.path("system").path("ROLE").path("tp").asInt());
        assertEquals(1, j.path("system").path("LEADS").path("fn").asInt());
        assertEquals(2.0 / 3, j.path("system").path("ALL").path("recall").asDouble(), 0.001);
        assertTrue(j.path("baseline").has("ALL"));
    }

    @Test
    void usageAndMissingFile(@TempDir Path dir) {
        assertEquals(String.valueOf(ExitCodes.IO), run("eval", "relations", "--gold", dir.resolve("nope").toString())[0]);
        assertEquals(String.valueOf(ExitCodes.USAGE), run("eval", "relations")[0]);
    }
}
