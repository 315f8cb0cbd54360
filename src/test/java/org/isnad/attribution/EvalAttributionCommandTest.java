package org.isnad.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.cli.Cli;
import org.isnad.cli.ExitCodes;
import org.isnad.json.AnalysisJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad eval attribution} on a small gold file written here, and its errors on bad input. */
class EvalAttributionCommandTest {
    @TempDir
    Path dir;

    private static final String TEXT = "قال الوزير إن المطار سيفتح غدا.";

    private Path gold() throws Exception {
        String line = "{\"id\":\"g1\",\"text\":\"" + TEXT + "\",\"attributions\":[{\"id\":1,"
                + "\"cue\":{\"text\":\"قال\",\"start\":0,\"end\":3},"
                + "\"source\":{\"text\":\"الوزير\",\"start\":4,\"end\":10},\"source_type\":\"UNNAMED_OFFICIAL\","
                + "\"content\":{\"text\":\"إن المطار سيفتح غدا\",\"start\":11,\"end\":30},\"certainty\":\"REPORTED\","
                + "\"channel\":null,\"parent\":null,\"continues\":null,\"source_implicit\":false}]}\n"
                + "{\"id\":\"g2\",\"text\":\"ارتفعت درجات الحرارة أمس.\",\"attributions\":[]}\n";
        Path f = dir.resolve("gold.jsonl");
        Files.writeString(f, line, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void jsonHasEveryScoreAndTheBaseline() throws Exception {
        Cli.Run r = Cli.run("eval", "attribution", "--gold", gold().toString(), "--json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode n = AnalysisJson.MAPPER.readTree(r.out());
        for (String k : new String[] {"cue_f1", "source_exact_f1", "source_overlap_f1", "content_exact_f1",
            "content_overlap_f1", "attribution_f1", "source_type_accuracy", "certainty_accuracy", "chain_accuracy",
            "gold", "predicted", "ms_per_document"}) {
            assertTrue(n.has(k), k + " missing in " + r.out());
        }
        assertEquals(1.0, n.get("cue_f1").asDouble(), 1e-9);
        assertEquals(1.0, n.get("attribution_f1").asDouble(), 1e-9);
        assertEquals(1, n.get("gold").asInt());
        assertTrue(n.get("baseline").has("cue_f1"));
    }

    @Test
    void textTableShowsSystemAndBaseline() throws Exception {
        Cli.Run r = Cli.run("eval", "attribution", "--gold", gold().toString());
        assertEquals(ExitCodes.OK, r.code(), r.err());
        assertTrue(r.out().contains("baseline") && r.out().contains("attribution_f1"), r.out());
    }

    @Test
    void missingAndMalformedGoldFilesAreOneLineErrors() throws Exception {
        Cli.Run missing = Cli.run("eval", "attribution", "--gold", dir.resolve("nope.jsonl").toString());
        assertEquals(ExitCodes.IO, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());

        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\":\"x\",\"text\":\"abc\",\"attributions\":[{\"id\":1,\"cue\":{\"start\":0,\"end\":9}}]}\n");
        Cli.Run malformed = Cli.run("eval", "attribution", "--gold", bad.toString());
        assertEquals(ExitCodes.BAD_INPUT, malformed.code());
        assertFalse(malformed.err().contains("at org."), malformed.err());

        Path notJson = dir.resolve("x.jsonl");
        Files.writeString(notJson, "not json\n");
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("eval", "attribution", "--gold", notJson.toString()).code());
        assertEquals(ExitCodes.USAGE, Cli.run("eval", "attribution").code());
    }
}
