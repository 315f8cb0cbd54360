package org.isnad.persuasion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.cli.ExitCodes;
import org.isnad.json.AnalysisJson;
import org.isnad.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isnad eval persuasion} on a tiny hand-made gold file, and its errors. */
class EvalPersuasionCommandTest {
    @TempDir
    Path dir;



    private static String line(String id, String text, String technique, String span) {
        int s = text.indexOf(span);
        return "{\"paragraph_id\":\"" + id + "\",\"paragraph\":\"" + text.replace("\"", "\\\"") + "\",\"labels\":["
                + "{\"technique\":\"" + technique + "\",\"start\":" + s + ",\"end\":" + (s + span.length()) + "}]}\n";
    }

    @Test
    void scoresAHandMadeGoldFile() throws Exception {
        String a = "شنت قوات الاحتلال حملة اعتقالات في البلدة.";
        String b = "ويتحدث المسؤولون عن \"الثورة\" وكأنها انتهت.";
        String c = "وصل الوزير إلى القاهرة صباح الثلاثاء.";
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, line("a", a, "Name_Calling-Labeling", "قوات الاحتلال")
                + line("b", b, "Scare_Quotes", "\"الثورة\"")
                + line("c", c, "Loaded_Language", "وصل"), StandardCharsets.UTF_8);
        Cli.Run r = Cli.run("eval", "persuasion", "--gold", gold.toString(), "--json");
        assertEquals(ExitCodes.OK, r.code(), r.err());
        JsonNode n = AnalysisJson.MAPPER.readTree(r.out());
        JsonNode per = n.get("per_technique");
        assertEquals(1.0, per.get("Name_Calling-Labeling").get("f1").asDouble(), 1e-9);
        assertEquals(1.0, per.get("Scare_Quotes").get("f1").asDouble(), 1e-9, "Isnad's own labels score when gold has them");
        assertEquals(0.0, per.get("Loaded_Language").get("recall").asDouble(), 1e-9);
        // «شنت» (Loaded_Language) is predicted in a but not gold there: precision of Loaded_Language is 0
        assertTrue(n.get("precision").asDouble() < 1.0);
        assertEquals(2.0 / 3, n.get("recall").asDouble(), 1e-3);
        assertTrue(n.has("micro_f1") && n.get("baseline").has("micro_f1"));
        assertEquals("random", n.get("baseline").get("name").asText());
        Cli.Run again = Cli.run("eval", "persuasion", "--gold", gold.toString(), "--json");
        assertEquals(r.out(), again.out(), "the random baseline is seeded");
        Cli.Run table = Cli.run("eval", "persuasion", "--gold", gold.toString(), "--baseline", "none");
        assertTrue(table.out().contains("MICRO"), table.out());
    }

    @Test
    void badInputsGiveOneLineErrors() throws Exception {
        Cli.Run missing = Cli.run("eval", "persuasion", "--gold", dir.resolve("nope.jsonl").toString());
        assertEquals(ExitCodes.IO, missing.code());
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"paragraph_id\":\"x\",\"paragraph\":\"abc\",\"labels\":[{\"technique\":\"A\",\"start\":2,\"end\":9}]}\n");
        Cli.Run r = Cli.run("eval", "persuasion", "--gold", bad.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains("bad.jsonl:1") && r.err().lines().count() == 1, r.err());
        Files.writeString(bad, "not json\n");
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("eval", "persuasion", "--gold", bad.toString()).code());
        assertEquals(ExitCodes.USAGE, Cli.run("eval", "persuasion", "--gold", bad.toString(), "--baseline", "x").code());
        assertEquals(ExitCodes.USAGE, Cli.run("eval", "persuasion").code());
    }
}
