package org.isnad.ner;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.isnad.text.Token;

/**
 * Tagging speed against network size: takes a model file with a network (first argument), keeps its perceptron
 * passes and word features, and times, interleaved over several rounds, the perceptron passes alone and the first
 * pass followed by networks of each LSTM size in the remaining arguments (randomly initialised: the cost of a
 * forward pass does not depend on the weights' values, so this measures speed only, not accuracy; 0 = the window
 * network of the model's own shape). Tokens per CPU-second of the tagging thread on ANERcorp test.conll, median
 * over the rounds. Test scope; run: see docs/bench/ner.md.
 */
public final class NetSpeedBenchmark {
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    public static void main(String[] args) throws Exception {
        NerModel base = NerModel.load(Path.of(args[0]));
        WindowNet own = base.network().orElseThrow(() -> new IllegalArgumentException("model has no network"));
        Corpus test = new CorpusReader(CorpusFormat.ANERCORP)
                .read(Path.of("..", "shared", "data", "ner", "anercorp", "test.conll"));
        List<List<Token>> sents = new ArrayList<>();
        for (LabeledSentence s : test.sentences()) {
            sents.add(Words.analyze(s.words()));
        }
        List<String> names = new ArrayList<>();
        List<NerModel> models = new ArrayList<>();
        names.add("perceptron passes (first + second)");
        models.add(base.withoutNetwork());
        names.add("first pass + the file's own network " + own.params().shape);
        models.add(base);
        for (int i = 1; i < args.length; i++) {
            int lstm = Integer.parseInt(args[i]);
            NetParams.Shape s = own.params().shape;
            NetParams p = new NetParams(new NetParams.Shape(s.vdim(), s.edim(), lstm > 0 ? 8 * lstm : s.hidden(),
                    s.buckets(), s.labels(), s.slots(), s.stacked(), lstm));
            p.init(new Random(1));
            names.add("first pass + LSTM " + lstm + " per direction, window " + s.slots() / 2 + " (random weights)");
            models.add(base.withNetwork(new WindowNet(p, own.features()), 0f));
        }
        int rounds = Integer.getInteger("rounds", 5);
        double[][] rates = new double[models.size()][rounds];
        for (NerModel m : models) {
            for (int w = 0; w < 3; w++) {
                m.tag(sents); // warm-up, fills the per-word caches
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < models.size(); k++) {
                long c0 = cpu();
                models.get(k).tag(sents);
                rates[k][r] = test.tokens() / ((cpu() - c0) / 1e9);
            }
        }
        OUT.println("| tagger | tokens/s (median of " + rounds + ", CPU time, 1 thread) | best |");
        OUT.println("|---|---|---|");
        for (int k = 0; k < models.size(); k++) {
            double[] v = rates[k].clone();
            java.util.Arrays.sort(v);
            OUT.printf("| %s | %,.0f | %,.0f |%n", names.get(k), v[v.length / 2], v[v.length - 1]);
        }
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
