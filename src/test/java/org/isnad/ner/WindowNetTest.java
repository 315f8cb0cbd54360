package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.isnad.model.EntityType;
import org.isnad.text.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowNetTest {
    private static final BioLabels LABELS = new BioLabels(List.of(EntityType.PERSON, EntityType.LOC));
    private static final int BUCKETS = 64;

    private static NetFeatures features() {
        Random r = new Random(7);
        List<String> words = List.of("محمد", "القاهره", "قال", "في");
        float[] v = new float[words.size() * 6];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) r.nextGaussian() * 0.3f;
        }
        return new NetFeatures(WordVectors.quantize(new VectorFile.Vectors(words, 6, v), 10),
                new WordClusters(1, Map.of("محمد", new int[] {3})), BUCKETS);
    }

    private static WindowNetTrainer.Example example(NetFeatures f, Random r, int n) {
        NetFeatures.WordInput[] w = new NetFeatures.WordInput[n];
        int[] gaz = new int[n];
        int[] p1 = new int[n];
        int[] ctx = new int[n];
        int[] gold = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = new NetFeatures.WordInput(r.nextInt(5) - 1, new int[] {r.nextInt(BUCKETS), r.nextInt(BUCKETS)});
            gaz[i] = r.nextInt(8);
            p1[i] = r.nextInt(LABELS.size());
            ctx[i] = r.nextInt(4);
            gold[i] = i > 0 && LABELS.isBegin(gold[i - 1]) && r.nextBoolean() ? gold[i - 1] + 1
                    : new int[] {0, 1, 3}[r.nextInt(3)];
        }
        return new WindowNetTrainer.Example(w, gaz, p1, ctx, gold);
    }

    /** @param lstm 0 for the window network, else the LSTM's units per direction */
    private static WindowNetTrainer trainer(int epochs, int lstm) {
        return new WindowNetTrainer(new WindowNetTrainer.Options(5, 4, BUCKETS, epochs, 0.01f, 0.3f, 0.1f, 2, 3,
                lstm > 0 ? 1 : 2, true, lstm), LABELS);
    }

    /** Initialised weights plus noise, so that embeddings, biases and transitions are not zero either. */
    private static NetParams randomParams(NetParams.Shape shape, Random r) {
        NetParams p = new NetParams(shape);
        p.init(r);
        for (float[] a : p.all()) {
            for (int i = 0; i < a.length; i++) {
                a[i] += (float) r.nextGaussian() * 0.2f;
            }
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3})
    void gradientMatchesFiniteDifferences(int lstm) {
        NetFeatures f = features();
        WindowNetTrainer t = trainer(1, lstm);
        Random r = new Random(11);
        NetParams p = randomParams(t.shape(f), r);
        float[][] all = p.all();
        WindowNetTrainer.Example ex = example(f, new Random(5), 6);
        NetParams g = new NetParams(p.shape);
        t.sentence(ex, f, p, g, null);
        float[][] grads = g.all();
        int checked = 0;
        for (int a = 0; a < all.length; a++) {
            for (int trial = 0; all[a].length > 0 && trial < 25; trial++) { // (no recurrent weights without an LSTM)
                int i = r.nextInt(all[a].length);
                float keep = all[a][i];
                double eps = 1e-2;
                all[a][i] = (float) (keep + eps);
                double up = t.sentence(ex, f, p, new NetParams(p.shape), null);
                all[a][i] = (float) (keep - eps);
                double down = t.sentence(ex, f, p, new NetParams(p.shape), null);
                all[a][i] = keep;
                double numeric = (up - down) / (2 * eps);
                assertEquals(numeric, grads[a][i], 2e-3 + 0.03 * Math.abs(numeric),
                        "array " + a + " index " + i);
                checked += numeric != 0 ? 1 : 0;
            }
        }
        assertTrue(checked > 50, "most sampled weights influence the loss: " + checked);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3})
    void trainingIsDeterministicForASeedAndLowersTheLoss(int lstm) {
        NetFeatures f = features();
        Random r = new Random(1);
        List<WindowNetTrainer.Example> data = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            data.add(example(f, r, 3 + r.nextInt(6)));
        }
        WindowNet a = trainer(30, lstm).train(data, f, (e, n) -> { });
        WindowNet b = trainer(30, lstm).train(data, f, (e, n) -> { });
        float[][] pa = a.params().all();
        float[][] pb = b.params().all();
        for (int i = 0; i < pa.length; i++) {
            assertArrayEquals(pa[i], pb[i]);
        }
        WindowNetTrainer t = trainer(1, lstm);
        NetParams fresh = new NetParams(t.shape(f));
        fresh.init(new Random(3));
        double before = 0;
        double after = 0;
        for (WindowNetTrainer.Example ex : data) {
            before += t.sentence(ex, f, fresh, new NetParams(fresh.shape), null);
            after += t.sentence(ex, f, a.params(), new NetParams(fresh.shape), null);
        }
        assertTrue(after < before * 0.7, "loss " + before + " → " + after);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3})
    void savedNetworkScoresExactlyAsTheTrainedOne(int lstm) throws IOException {
        NetFeatures f = features();
        Random r = new Random(2);
        List<WindowNetTrainer.Example> data = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            data.add(example(f, r, 5));
        }
        WindowNet net = trainer(5, lstm).train(data, f, (e, n) -> { });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            f.vectors().write(out);
            net.params().write(out);
        }
        WindowNet back;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            WordVectors v = WordVectors.read(in);
            NetParams p = NetParams.read(in, true);
            back = new WindowNet(p, new NetFeatures(v, new WordClusters(1, Map.of("محمد", new int[] {3})), BUCKETS));
        }
        List<Token> sent = Words.analyze(List.of("قال", "محمد", "في", "القاهره", "أمس"));
        int[] gaz = {0, 1, 0, 4, 0};
        int[] p1 = {0, 1, 0, 3, 0};
        int[] ctx = {0, 1, 0, 2, 0};
        float[][] e1 = net.emissions(sent, gaz, p1, ctx);
        float[][] e2 = back.emissions(sent, gaz, p1, ctx);
        for (int i = 0; i < e1.length; i++) {
            assertArrayEquals(e1[i], e2[i]);
        }
        assertArrayEquals(net.transitions(), back.transitions());
    }

    /** The tagger's forward pass (cached projections, flat arrays) scores a sentence exactly as the trainer's. */
    @ParameterizedTest
    @ValueSource(ints = {0, 3})
    void taggingForwardPassMatchesTheTrainers(int lstm) {
        NetFeatures f = features();
        WindowNetTrainer t = trainer(1, lstm);
        NetParams p = randomParams(t.shape(f), new Random(4));
        List<Token> sent = Words.analyze(List.of("قال", "محمد", "في", "القاهره", "أمس", "محمد"));
        NetFeatures.WordInput[] w = sent.stream().map(f::word).toArray(NetFeatures.WordInput[]::new);
        int[] gaz = {0, 1, 0, 4, 0, 2};
        int[] p1 = {0, 1, 0, 3, 0, 1};
        int[] ctx = {0, 1, 0, 2, 0, 1};
        int[] gold = {0, 1, 0, 3, 0, 1};
        double trainerLoss = t.sentence(new WindowNetTrainer.Example(w, gaz, p1, ctx, gold), f, p, new NetParams(p.shape),
                null);
        float[][] em = new WindowNet(p, f).emissions(sent, gaz, p1, ctx);
        double taggerLoss = Crf.nll(LABELS, em, p.trans, gold, new float[em.length][LABELS.size()],
                new float[p.trans.length]);
        assertEquals(trainerLoss, taggerLoss, 1e-4);
        assertTrue(trainerLoss > 0);
    }
}
