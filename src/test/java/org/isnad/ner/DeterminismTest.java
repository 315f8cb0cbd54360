package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
    @Test
    void sameSeedSameModelDifferentSeedDifferentModel(@TempDir Path dir) throws IOException {
        Corpus all = new CorpusReader(CorpusFormat.ANERCORP).read(SharedData.require("ner/anercorp/train.conll"));
        Corpus slice = new Corpus(new ArrayList<>(all.sentences().subList(0, 150)), all.noisy());
        Gazetteer gaz = GazetteerSources.builtIn().build();
        NerTrainer.Options o = new NerTrainer.Options(3, 7, true, 2, 5);
        byte[] a = trainBytes(slice, gaz, o, dir.resolve("a.gz"));
        byte[] b = trainBytes(slice, gaz, o, dir.resolve("b.gz"));
        assertArrayEquals(a, b);
        byte[] c = trainBytes(slice, gaz, new NerTrainer.Options(3, 8, true, 2, 5), dir.resolve("c.gz"));
        assertFalse(java.util.Arrays.equals(a, c));
        // and the model learnt something: it tags a training sentence's names
        NerModel m = NerModel.load(dir.resolve("a.gz"));
        int named = 0;
        for (LabeledSentence s : slice.sentences().subList(0, 30)) {
            List<String> tags = m.tagNames(List.of(Words.analyze(s.words()))).get(0);
            named += (int) tags.stream().filter(t -> !t.equals("O")).count();
        }
        assertTrue(named > 0);
    }

    private static byte[] trainBytes(Corpus c, Gazetteer g, NerTrainer.Options o, Path out) throws IOException {
        new NerTrainer(o, g, WordClusters.empty(), s -> { }).train(c).save(out);
        return Files.readAllBytes(out);
    }
}
