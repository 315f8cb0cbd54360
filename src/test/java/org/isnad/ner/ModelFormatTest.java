package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.isnad.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model file version 2 (type bias, type profiles), the per-word score cache and the context-only tagger. */
class ModelFormatTest {
    private static Corpus slice;
    private static List<List<Token>> sents;

    @BeforeAll
    static void read() throws IOException {
        Corpus all = new CorpusReader(CorpusFormat.ANERCORP).read(SharedData.require("ner/anercorp/train.conll"));
        slice = new Corpus(new ArrayList<>(all.sentences().subList(0, 200)), all.noisy());
        sents = new ArrayList<>();
        for (LabeledSentence s : slice.sentences()) {
            sents.add(Words.analyze(s.words()));
        }
    }

    private static NerTrainer trainer(WordClusters profiles) {
        return new NerTrainer(new NerTrainer.Options(3, 1, true, 2, 5), GazetteerSources.builtIn().build(),
                WordClusters.empty(), profiles, s -> { });
    }

    @Test
    void biasAndProfilesSurviveSaveAndLoad(@TempDir Path dir) throws IOException {
        WordClusters profiles = new WordClusters(4, Map.of("محمد", new int[] {4, 0, 0, 0}, "لبنان",
                new int[] {0, 4, 0, 0}));
        NerModel m = trainer(profiles).train(slice).withTypeBias(new float[] {1.5f, 0, -2, 0.25f});
        m.save(dir.resolve("m.gz"));
        NerModel r = NerModel.load(dir.resolve("m.gz"));
        assertArrayEquals(new float[] {1.5f, 0, -2, 0.25f}, r.typeBias());
        assertEquals(2, r.profiles().size());
        assertArrayEquals(new int[] {4, 0, 0, 0}, r.profiles().of("محمد"));
        List<int[]> a = m.tag(sents);
        List<int[]> b = r.tag(sents);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i));
        }
    }

    @Test
    void aLargeBiasTowardsATypeMakesItCommonerAndCachedScoresMatchAFreshModel() {
        NerModel m = trainer(WordClusters.empty()).train(slice);
        int person = 1 + 2 * m.labels().types().indexOf(org.isnad.model.EntityType.PERSON);
        long before = count(m.tag(sents), person);
        long after = count(m.withTypeBias(new float[] {500, 0, 0, 0}).tag(sents), person);
        assertTrue(after > before, before + " -> " + after);
        // tagging twice (second time from the per-word cache) gives the same labels
        List<int[]> once = m.tag(sents);
        List<int[]> twice = m.tag(sents);
        for (int i = 0; i < once.size(); i++) {
            assertArrayEquals(once.get(i), twice.get(i));
        }
    }

    @Test
    void theContextOnlyTaggerIsNotSavedAndTagsWithoutTheWordsOwnForms(@TempDir Path dir) {
        NerModel ctx = trainer(WordClusters.empty()).trainContextOnly(slice);
        assertThrows(IllegalStateException.class, () -> ctx.save(dir.resolve("c.gz")));
        FeatureExtractor fx = new FeatureExtractor(WordClusters.empty(), WordClusters.empty(), true);
        FeatureExtractor full = new FeatureExtractor(WordClusters.empty());
        Token w = Words.analyze("بيروت");
        assertEquals(2, fx.word(w).local().length);
        assertNotEquals(fx.word(w).local().length, full.word(w).local().length);
    }

    @Test
    void profileBuckets() {
        assertEquals(0, TypeProfiles.bucket(0, 10));
        assertEquals(0, TypeProfiles.bucket(0, 0));
        assertEquals(1, TypeProfiles.bucket(1, 10));
        assertEquals(2, TypeProfiles.bucket(2, 10));
        assertEquals(3, TypeProfiles.bucket(5, 10));
        assertEquals(4, TypeProfiles.bucket(8, 10));
        assertEquals(4, TypeProfiles.bucket(10, 10));
    }

    private static long count(List<int[]> tags, int label) {
        return tags.stream().flatMapToInt(java.util.Arrays::stream).filter(y -> y == label).count();
    }
}
