package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.isnad.text.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole model with a network pass: deterministic for a seed, saved and loaded without changing a tag. */
class NetworkModelTest {
    @Test
    void networkModelIsDeterministicAndSurvivesSaveAndLoad(@TempDir Path dir) throws IOException {
        Corpus all = new CorpusReader(CorpusFormat.ANERCORP).read(SharedData.require("ner/anercorp/train.conll"));
        Corpus slice = new Corpus(new ArrayList<>(all.sentences().subList(0, 120)), all.noisy());
        List<List<Token>> sents = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (LabeledSentence s : slice.sentences()) {
            List<Token> toks = Words.analyze(s.words());
            sents.add(toks);
            toks.forEach(t -> words.add(t.base()));
        }
        List<String> vocab = words.stream().distinct().limit(300).toList();
        Random r = new Random(4);
        float[] v = new float[vocab.size() * 8];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) r.nextGaussian();
        }
        WordVectors vectors = WordVectors.quantize(new VectorFile.Vectors(vocab, 8, v), 1000);
        NerTrainer.NetOptions no = new NerTrainer.NetOptions(16, 2, 0.005f, 0.3f, 0.1f, 0.1f, 5, 2, true);
        byte[] a = train(slice, vectors, no, dir.resolve("a.gz"));
        byte[] b = train(slice, vectors, no, dir.resolve("b.gz"));
        assertArrayEquals(a, b, "same seed, same bytes");
        NerModel loaded = NerModel.load(dir.resolve("a.gz"));
        assertTrue(loaded.hasNetwork());
        assertEquals(0.1f, loaded.networkMix());
        NerModel trained = trainModel(slice, vectors, no);
        List<int[]> t1 = trained.tag(sents);
        List<int[]> t2 = loaded.tag(sents);
        for (int i = 0; i < t1.size(); i++) {
            assertArrayEquals(t1.get(i), t2.get(i));
            for (int j = 0; j < t1.get(i).length; j++) {
                assertTrue(loaded.labels().allowed(j == 0 ? -1 : t2.get(i)[j - 1], t2.get(i)[j]), "valid BIO");
            }
        }
        // the network alone decodes too, and differs from the perceptron passes on some token
        NerModel alone = loaded.withNetworkMix(0f);
        List<int[]> t3 = alone.tag(sents);
        List<int[]> t4 = loaded.withoutNetwork().tag(sents);
        boolean differs = false;
        for (int i = 0; i < t3.size(); i++) {
            differs |= !java.util.Arrays.equals(t3.get(i), t4.get(i));
        }
        assertTrue(differs, "the network pass is used");
    }

    private static NerModel trainModel(Corpus c, WordVectors v, NerTrainer.NetOptions no) {
        return new NerTrainer(new NerTrainer.Options(2, 3, true, 2, 5), GazetteerSources.builtIn().build(),
                WordClusters.empty(), s -> { }).withNetwork(v, no, Optional.empty()).train(c);
    }

    private static byte[] train(Corpus c, WordVectors v, NerTrainer.NetOptions no, Path out) throws IOException {
        trainModel(c, v, no).save(out);
        return Files.readAllBytes(out);
    }
}
