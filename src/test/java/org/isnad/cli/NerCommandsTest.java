package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandsTest {
    private static final Path TEST = Path.of("..", "shared", "data", "ner", "anercorp", "test.conll");

    private static void requireData() {
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(Files.exists(TEST), "missing " + TEST);
        } else {
            assumeTrue(Files.exists(TEST));
        }
    }

    private static String[] run(String... args) {
        Cli.Run r = Cli.run(args);
        return new String[] {Integer.toString(r.code()), r.out(), r.err()};
    }

    @Test
    void evalPrintsJsonScoresForTheShippedModel() throws Exception {
        requireData();
        String[] r = run("eval", "ner", "--test", TEST.toString(), "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode j = new ObjectMapper().readTree(r[1]);
        for (String k : List.of("precision", "recall", "f1", "per_type", "tokens", "tokens_per_second")) {
            assertTrue(j.has(k), "missing " + k);
        }
        assertEquals(25_187, j.get("tokens").asInt());
        assertTrue(j.get("per_type").has("PERS") && j.get("per_type").has("MISC"));
        assertTrue(j.get("f1").asDouble() > 50);
    }

    @Test
    void trainThenEvalATinyModel(@TempDir Path dir) throws Exception {
        requireData();
        List<String> lines = Files.readAllLines(TEST, StandardCharsets.UTF_8).subList(0, 3000);
        Path small = Files.write(dir.resolve("small.conll"), lines, StandardCharsets.UTF_8);
        Path model = dir.resolve("m.bin.gz");
        String[] t = run("train", "ner", "--train", "anercorp:" + small, "--out", model.toString(), "--epochs", "2",
                "--no-gazetteers", "--seed", "3");
        assertEquals("0", t[0], t[2]);
        assertTrue(Files.size(model) > 1000);
        String[] e = run("eval", "ner", "--test", small.toString(), "--model", model.toString());
        assertEquals("0", e[0], e[2]);
        assertTrue(e[1].contains("all"), e[1]);
    }

    @Test
    void trainsAnLstmNetworkPassAndScoresItWithOtherMixes(@TempDir Path dir) throws Exception {
        requireData();
        List<String> lines = Files.readAllLines(TEST, StandardCharsets.UTF_8).subList(0, 2000);
        Path small = Files.write(dir.resolve("small.conll"), lines, StandardCharsets.UTF_8);
        Path model = dir.resolve("nn.bin.gz");
        String[] t = run("train", "ner", "--train", "anercorp:" + small, "--dev", small.toString(), "--out",
                model.toString(), "--epochs", "2", "--no-gazetteers", "--folds", "2", "--nn", "--nn-epochs", "1",
                "--nn-lstm", "4", "--nn-mix", "0.1");
        assertEquals("0", t[0], t[2]);
        assertTrue(t[2].contains("lstm=4"), t[2]);
        assertTrue(t[2].contains("network epoch 1: dev F1") && t[2].contains("beside the network"), t[2]);
        String[] e = run("eval", "ner", "--test", small.toString(), "--model", model.toString(), "--nn-mix", "0,0.2");
        assertEquals("0", e[0], e[2]);
        String[] badWindow = run("train", "ner", "--train", "anercorp:" + small, "--out", model.toString(), "--nn",
                "--nn-window", "9");
        assertEquals(Integer.toString(ExitCodes.USAGE), badWindow[0]);
        String[] badLstm = run("train", "ner", "--train", "anercorp:" + small, "--out", model.toString(), "--nn",
                "--nn-lstm", "1000");
        assertEquals(Integer.toString(ExitCodes.USAGE), badLstm[0]);
        assertTrue(badLstm[2].strip().endsWith("--nn-lstm 0-256"), badLstm[2]); // after the corpus summary line
        String[] noNet = run("eval", "ner", "--test", small.toString(), "--nn-mix", "0.1,0");
        assertEquals(Integer.toString(ExitCodes.USAGE), noNet[0]);
        assertEquals(1, noNet[2].strip().lines().count(), noNet[2]);
    }

    @Test
    void badInputGivesOneLineErrorsAndExitCodes(@TempDir Path dir) throws Exception {
        String[] missing = run("eval", "ner", "--test", dir.resolve("none.conll").toString());
        assertEquals(Integer.toString(ExitCodes.IO), missing[0]);
        assertEquals(1, missing[2].strip().lines().count(), missing[2]);
        Path junk = Files.writeString(dir.resolve("junk.conll"), "onlyonecolumn\n");
        String[] bad = run("eval", "ner", "--test", junk.toString());
        assertEquals(Integer.toString(ExitCodes.BAD_INPUT), bad[0]);
        Path notModel = Files.writeString(dir.resolve("m.gz"), "not a model");
        String[] badModel = run("eval", "ner", "--test", junk.toString(), "--model", notModel.toString());
        assertEquals(Integer.toString(ExitCodes.BAD_INPUT), badModel[0]);
        assertTrue(badModel[2].startsWith("isnad: "), badModel[2]);
        String[] noTrain = run("train", "ner", "--train", dir.resolve("x").toString(), "--out",
                dir.resolve("o").toString());
        assertEquals(Integer.toString(ExitCodes.IO), noTrain[0]);
        String[] usage = run("train", "ner", "--out", dir.resolve("o").toString());
        assertEquals(Integer.toString(ExitCodes.USAGE), usage[0]);
    }

    @Test
    void namesAndProfilesFromATinyNewsFileFeedTraining(@TempDir Path dir) throws Exception {
        requireData();
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            jsonl.append("{\"text\": \"وقال الوزير نادر حمدان إن الوفد وصل إلى بيروت. وأكد الرئيس رامي قنديل "
                    + "ذلك.\"}\n");
        }
        Path news = dir.resolve("a.jsonl.gz");
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(news))) {
            out.write(jsonl.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path names = dir.resolve("names.tsv");
        String[] n = run("train", "names", "--corpus", news.toString(), "--out", names.toString());
        assertEquals("0", n[0], n[2]);
        assertTrue(Files.readString(names).contains("نادر حمدان"), Files.readString(names));
        Path profiles = dir.resolve("p.tsv.gz");
        String[] p = run("train", "profiles", "--corpus", news.toString(), "--out", profiles.toString(),
                "--min-count", "2");
        assertEquals("0", p[0], p[2]);
        List<String> lines = Files.readAllLines(TEST, StandardCharsets.UTF_8).subList(0, 2000);
        Path small = Files.write(dir.resolve("small.conll"), lines, StandardCharsets.UTF_8);
        Path model = dir.resolve("m.bin.gz");
        String[] t = run("train", "ner", "--train", "anercorp:" + small, "--out", model.toString(), "--epochs", "1",
                "--no-gazetteers", "--mined-names", names.toString(), "--profiles", profiles.toString(),
                "--type-bias", "ORG=1.5");
        assertEquals("0", t[0], t[2]);
        org.isnad.ner.NerModel m = org.isnad.ner.NerModel.load(model);
        assertTrue(m.profiles().size() > 0);
        assertEquals(1.5f, m.typeBias()[m.labels().types().indexOf(org.isnad.model.EntityType.ORG)]);
        String[] bad = run("train", "ner", "--train", "anercorp:" + small, "--out", model.toString(),
                "--no-gazetteers", "--type-bias", "NORP=2");
        assertEquals(Integer.toString(ExitCodes.USAGE), bad[0], bad[2]);
        assertEquals(1, bad[2].strip().lines().count(), bad[2]);
        String[] missing = run("train", "names", "--corpus", dir.resolve("none.gz").toString(), "--out",
                names.toString());
        assertEquals(Integer.toString(ExitCodes.IO), missing[0]);
    }
}
