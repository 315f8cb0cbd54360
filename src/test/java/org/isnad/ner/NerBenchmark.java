package org.isnad.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.isnad.text.Token;

/**
 * The NER benchmark, all systems in one run on the ANERcorp split: the Isnad model (shipped, or a file given as the
 * first argument), a most-frequent-tag baseline, and Apache OpenNLP NameFinderME trained on the same train split
 * (default features, and default features plus prefixes/suffixes with a per-sentence reset). Prints a Markdown
 * table. Test scope only (OpenNLP is not shipped). Run: see docs/bench/ner.md.
 */
public final class NerBenchmark {
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    public static void main(String[] args) throws Exception {
        Path data = Path.of("..", "shared", "data", "ner", "anercorp");
        Corpus train = new CorpusReader(CorpusFormat.ANERCORP).read(data.resolve("train.conll"));
        Corpus test = new CorpusReader(CorpusFormat.ANERCORP).read(data.resolve("test.conll"));
        OUT.printf("train %d tokens, test %d tokens, %d sentences%n%n", train.tokens(), test.tokens(),
                test.sentences().size());
        OUT.println("| system | P | R | F1 | PERS | LOC | ORG | MISC | tokens/s (1 thread) |");
        OUT.println("|---|---|---|---|---|---|---|---|---|");

        // Isnad
        Runtime rt = Runtime.getRuntime();
        gc();
        long heap0 = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        long c0 = cpu();
        NerModel model = args.length > 0 ? NerModel.load(Path.of(args[0])) : NerModel.loadDefault();
        long loadNanos = System.nanoTime() - t0;
        long loadCpu = cpu() - c0;
        gc();
        long heapModel = rt.totalMemory() - rt.freeMemory() - heap0;
        List<List<Token>> sents = new ArrayList<>();
        for (LabeledSentence s : test.sentences()) {
            sents.add(Words.analyze(s.words()));
        }
        for (int i = 0; i < 3; i++) {
            model.tag(sents); // warm-up
        }
        int reps = 5;
        long t1 = cpu();
        long w1 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            model.tag(sents);
        }
        double isnadTps = (double) test.tokens() * reps / ((cpu() - t1) / 1e9);
        double isnadWall = (double) test.tokens() * reps / ((System.nanoTime() - w1) / 1e9);
        NerScores isnad = score(test, model.tagNames(sents));
        row("Isnad NER (" + (model.hasNetwork() ? "perceptron first pass + network"
                : model.stacked() ? "stacked perceptron" : "perceptron") + ")", isnad, isnadTps);
        if (model.hasNetwork()) { // the same model's perceptron passes alone, timed the same way
            NerModel linear = model.withoutNetwork();
            for (int i = 0; i < 3; i++) {
                linear.tag(sents);
            }
            long t2 = cpu();
            for (int i = 0; i < reps; i++) {
                linear.tag(sents);
            }
            double linearTps = (double) test.tokens() * reps / ((cpu() - t2) / 1e9);
            row("Isnad NER, perceptron passes only (same file, network off)", score(test, linear.tagNames(sents)),
                    linearTps);
        }

        // most frequent tag per token
        NerScores mft = score(test, mostFrequentTag(train, test));
        row("most frequent tag per token", mft, Double.NaN);

        // OpenNLP
        for (boolean affixes : new boolean[] {false, true}) {
            TokenNameFinderModel m = trainOpenNlp(train, affixes);
            NameFinderME finder = new NameFinderME(m);
            List<List<String>> pred = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                pred = runOpenNlp(finder, test, affixes);
            }
            long t2 = cpu();
            pred = runOpenNlp(finder, test, affixes);
            double tps = test.tokens() / ((cpu() - t2) / 1e9);
            row("OpenNLP NameFinderME, " + (affixes ? "+ prefixes/suffixes, reset per sentence"
                    : "default features"), score(test, pred), tps);
        }
        OUT.printf("%ntokens/s = tokens per second of CPU time of the tagging thread (the machine is shared; Isnad"
                + " wall-clock rate in this run: %,.0f tokens/s)%n", isnadWall);
        OUT.printf("Isnad model: load %.0f ms wall, %.0f ms CPU; heap for the model %.0f MB, max heap %d MB, JVM %s, %d cores%n",
                loadNanos / 1e6, loadCpu / 1e6, heapModel / 1e6, rt.maxMemory() >> 20, System.getProperty("java.version"),
                rt.availableProcessors());
        OUT.printf("Isnad per-type (P/R/F1): %s%n", perType(isnad));
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }

    private static String perType(NerScores s) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, NerScores.Counts> e : new TreeMap<>(s.perType()).entrySet()) {
            sb.append(String.format("%s %.1f/%.1f/%.1f  ", e.getKey(), e.getValue().precision(),
                    e.getValue().recall(), e.getValue().f1()));
        }
        return sb.toString();
    }

    private static NerScores score(Corpus test, List<List<String>> predicted) {
        NerScores s = new NerScores();
        for (int i = 0; i < predicted.size(); i++) {
            s.add(Chunk.of(NerEvaluator.toScored(test.sentences().get(i).tags())),
                    Chunk.of(NerEvaluator.toScored(predicted.get(i))));
        }
        return s;
    }

    private static void row(String name, NerScores s, double tps) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("| %s | %.1f | %.1f | **%.1f** |", name, s.micro().precision(), s.micro().recall(),
                s.micro().f1()));
        for (String t : List.of("PERS", "LOC", "ORG", "MISC")) {
            NerScores.Counts c = s.perType().get(t);
            sb.append(String.format(" %.1f |", c == null ? 0 : c.f1()));
        }
        sb.append(Double.isNaN(tps) ? " — |" : String.format(" %,.0f |", tps));
        OUT.println(sb);
    }

    /** Each test token gets the tag its surface had most often in train (O when unseen). */
    static List<List<String>> mostFrequentTag(Corpus train, Corpus test) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (LabeledSentence s : train.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                counts.computeIfAbsent(s.words().get(i), k -> new TreeMap<>()).merge(s.tags().get(i), 1,
                        Integer::sum);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (LabeledSentence s : test.sentences()) {
            List<String> tags = new ArrayList<>();
            for (String w : s.words()) {
                Map<String, Integer> c = counts.get(w);
                tags.add(c == null ? "O" : c.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey());
            }
            out.add(tags);
        }
        return out;
    }

    private static final String AFFIX_FEATURES = """
            <featureGenerators cache="true" name="nameFinder">
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int><int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
              </generator>
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">2</int><int name="nextLength">2</int>
                <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory">
                  <bool name="lowercase">true</bool>
                </generator>
              </generator>
              <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
                <bool name="begin">true</bool><bool name="end">false</bool>
              </generator>
              <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory">
                <int name="length">3</int>
              </generator>
              <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory">
                <int name="length">3</int>
              </generator>
            </featureGenerators>
            """;

    private static TokenNameFinderModel trainOpenNlp(Corpus train, boolean affixes) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (LabeledSentence s : train.sentences()) {
            List<opennlp.tools.util.Span> names = new ArrayList<>();
            for (Chunk c : Chunk.of(NerEvaluator.toScored(s.tags()))) {
                names.add(new opennlp.tools.util.Span(c.start(), c.end(), c.type()));
            }
            samples.add(new NameSample(s.words().toArray(new String[0]),
                    names.toArray(new opennlp.tools.util.Span[0]), affixes));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        TokenNameFinderFactory factory = affixes
                ? TokenNameFinderFactory.create(null, AFFIX_FEATURES.getBytes(StandardCharsets.UTF_8), Map.of(),
                new opennlp.tools.namefind.BioCodec())
                : new TokenNameFinderFactory();
        PrintStream quiet = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream()));
        try {
            return NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
        } finally {
            System.setOut(quiet);
        }
    }

    private static List<List<String>> runOpenNlp(NameFinderME finder, Corpus test, boolean reset) {
        List<List<String>> out = new ArrayList<>();
        for (LabeledSentence s : test.sentences()) {
            opennlp.tools.util.Span[] spans = finder.find(s.words().toArray(new String[0]));
            List<String> tags = new ArrayList<>(java.util.Collections.nCopies(s.size(), "O"));
            for (opennlp.tools.util.Span sp : spans) {
                String type = Optional.ofNullable(sp.getType()).orElse("MISC");
                String isnad = switch (type) {
                    case "PERS" -> "PERSON";
                    default -> type;
                };
                for (int i = sp.getStart(); i < sp.getEnd(); i++) {
                    tags.set(i, (i == sp.getStart() ? "B-" : "I-") + isnad);
                }
            }
            out.add(tags);
            if (reset) {
                finder.clearAdaptiveData();
            }
        }
        return out;
    }
}
