package org.isnad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.isnad.ner.Corpus;
import org.isnad.ner.CorpusFormat;
import org.isnad.ner.CorpusReader;
import org.isnad.ner.Gazetteer;
import org.isnad.ner.GazetteerSources;
import org.isnad.ner.NerEvaluator;
import org.isnad.ner.NerModel;
import org.isnad.ner.NerTrainer;
import org.isnad.ner.WordClusters;
import org.isnad.ner.ClusterFile;
import org.isnad.ner.VectorFile;
import org.isnad.ner.WordVectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad train ner}: trains the NER tagger on CoNLL-style corpora and writes a model file. */
@Command(name = "ner", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Train the NER tagger (averaged structured perceptron, stacked second pass).")
public final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--train", arity = "1..*", required = true, paramLabel = "[FORMAT:]FILE",
            description = "training files or directories; FORMAT is anercorp, aqmar or wojood (guessed when absent)")
    List<String> train;

    @Option(names = "--dev", paramLabel = "FILE", description = "an ANERcorp-style file to score after training")
    Optional<Path> dev;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "the model file to write")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "shuffling seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--epochs", defaultValue = "10", description = "perceptron epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--gazetteers", defaultValue = "../shared/data/gazetteers/anergazet", paramLabel = "DIR",
            description = "ANERGazet directory (default: ${DEFAULT-VALUE})")
    Path gazetteers;

    @Option(names = "--no-gazetteers", description = "train without ANERGazet (built-in lists only)")
    boolean noGazetteers;

    @Option(names = "--clusters", paramLabel = "FILE", description = "word clusters from 'isnad train clusters'")
    Optional<Path> clusters;

    @Option(names = "--profiles", paramLabel = "FILE",
            description = "entity-type profiles of words from 'isnad train profiles' (self-training features)")
    Optional<Path> profiles;

    @Option(names = "--mined-names", paramLabel = "FILE",
            description = "person names mined from unlabeled news by 'isnad train names' (a gazetteer feature)")
    Optional<Path> minedNames;

    @Option(names = "--vectors", paramLabel = "FILE",
            description = "word vectors from 'isnad train clusters --vectors-out': adds a neural last pass")
    Optional<Path> vectors;

    @Option(names = "--nn", description = "add a neural last pass (implied by --vectors; without vectors it reads "
            + "sparse word features only)")
    boolean nn;

    @Option(names = "--max-vectors", defaultValue = "60000",
            description = "most frequent words whose vectors the model keeps (default: ${DEFAULT-VALUE})")
    int maxVectors;

    @Option(names = "--nn-hidden", defaultValue = "150", description = "network hidden units (default: ${DEFAULT-VALUE})")
    int nnHidden;

    @Option(names = "--nn-epochs", defaultValue = "8", description = "network epochs (default: ${DEFAULT-VALUE})")
    int nnEpochs;

    @Option(names = "--nn-lr", defaultValue = "0.002", description = "network learning rate (default: ${DEFAULT-VALUE})")
    float nnLr;

    @Option(names = "--nn-dropout", defaultValue = "0.5", description = "hidden dropout (default: ${DEFAULT-VALUE})")
    float nnDropout;

    @Option(names = "--nn-input-dropout", defaultValue = "0.4",
            description = "input dropout (default: ${DEFAULT-VALUE})")
    float nnInputDropout;

    @Option(names = "--nn-window", defaultValue = "2",
            description = "words each side the network reads (default: ${DEFAULT-VALUE})")
    int nnWindow;

    @Option(names = "--nn-lstm", defaultValue = "0", description = "units per direction of a bidirectional LSTM over "
            + "the sentence after the network's first layer; 0 = window network only (default: ${DEFAULT-VALUE})")
    int nnLstm;

    @Option(names = "--nn-no-stack-inputs",
            description = "the network does not read the first pass's labels and the document context")
    boolean nnNoStackInputs;

    @Option(names = "--nn-mix", defaultValue = "0",
            description = "weight of the second pass's scores added to the network's (default: ${DEFAULT-VALUE})")
    float nnMix;

    @Option(names = "--no-stack", description = "train the first pass only")
    boolean noStack;

    @Option(names = "--aqmar-misc", description = "map AQMAR's MIS/MIS0-3 to MISC (default: O)")
    boolean aqmarMisc;

    @Option(names = "--folds", defaultValue = "5", description = "jackknife folds for the stacked pass")
    int folds;

    @Option(names = "--window", defaultValue = "30", description = "sentences each side seen by the stacked pass")
    int window;

    @Option(names = "--type-bias", split = ",", paramLabel = "TYPE=SCORE",
            description = "decoding bias per tagged type (PERSON, LOC, ORG, MISC), e.g. ORG=2,MISC=1.5: added to "
                    + "the type's B/I scores in the last pass; above 0 raises its recall (default: 0)")
    java.util.Map<String, Float> typeBias = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() {
        return IoErrors.run(err -> {
            if (epochs < 1 || epochs > 100 || folds < 2 || folds > 20 || window < 0) {
                throw new IllegalArgumentException("--epochs must be 1-100, --folds 2-20, --window >= 0");
            }
            float[] bias = biasVector(NerTrainer.taggedTypes());
            Corpus corpus = null;
            for (String spec : train) {
                Corpus c = read(spec);
                err.printf("read %s: %d sentences, %d tokens, %d noisy tags mapped to O %s%n", spec,
                        c.sentences().size(), c.tokens(), c.noisyCount(), c.noisy());
                corpus = corpus == null ? c : corpus.plus(c);
            }
            Gazetteer.Builder gb = noGazetteers ? GazetteerSources.builtIn()
                    : GazetteerSources.withAnerGazet(gazetteers);
            if (minedNames.isPresent()) {
                GazetteerSources.addMined(gb, minedNames.get());
            }
            WordClusters wc = clusters.isPresent() ? ClusterFile.read(clusters.get()) : WordClusters.empty();
            WordClusters pr = profiles.isPresent() ? ClusterFile.read(profiles.get()) : WordClusters.empty();
            NerTrainer trainer = new NerTrainer(new NerTrainer.Options(epochs, seed, !noStack, folds, window),
                    gb.build(), wc, pr, err::println);
            if (vectors.isPresent() || nn) {
                if (noStack || nnHidden < 1 || nnHidden > 2048 || nnEpochs < 1 || nnEpochs > 200 || !(nnLr > 0)
                        || !(nnDropout >= 0 && nnDropout < 1) || !(nnInputDropout >= 0 && nnInputDropout < 1)
                        || !(nnMix >= 0 && nnMix <= 1000) || maxVectors < 1 || nnWindow < 0 || nnWindow > 7
                        || nnLstm < 0 || nnLstm > 256) {
                    throw new IllegalArgumentException("--vectors needs the stacked pass; --nn-hidden 1-2048, "
                            + "--nn-epochs 1-200, --nn-lr > 0, dropouts in [0,1), --nn-mix 0-1000, --nn-window 0-7, --nn-lstm 0-256");
                }
                WordVectors wv = vectors.isPresent()
                        ? WordVectors.quantize(VectorFile.read(vectors.get()), maxVectors) : WordVectors.empty();
                Optional<Corpus> devCorpus = dev.isPresent()
                        ? Optional.of(new CorpusReader(CorpusFormat.ANERCORP).read(dev.get())) : Optional.empty();
                trainer.withNetwork(wv, new NerTrainer.NetOptions(nnHidden, nnEpochs, nnLr, nnDropout,
                        nnInputDropout, nnMix, seed, nnWindow, !nnNoStackInputs, nnLstm), devCorpus);
            }
            long t0 = System.nanoTime();
            NerModel model = trainer.train(corpus);
            if (!typeBias.isEmpty()) {
                model = model.withTypeBias(bias);
            }
            model.save(out);
            err.printf("wrote %s (%d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
            if (dev.isPresent()) {
                Corpus d = new CorpusReader(CorpusFormat.ANERCORP).read(dev.get());
                NerEvaluator.Result r = NerEvaluator.evaluate(model, d);
                err.printf("dev %s: F1 %.2f (P %.2f, R %.2f)%n", dev.get(), r.scores().micro().f1(),
                        r.scores().micro().precision(), r.scores().micro().recall());
            }
            return ExitCodes.OK;
        });
    }

    private float[] biasVector(List<org.isnad.model.EntityType> types) {
        float[] b = new float[types.size()];
        for (java.util.Map.Entry<String, Float> e : typeBias.entrySet()) {
            int t = -1;
            for (int i = 0; i < types.size(); i++) {
                if (types.get(i).name().equalsIgnoreCase(e.getKey().strip())) {
                    t = i;
                }
            }
            if (t < 0 || !Float.isFinite(e.getValue()) || Math.abs(e.getValue()) > 100) {
                throw new IllegalArgumentException("--type-bias: expected TYPE=SCORE with TYPE one of " + types
                        + " and |SCORE| <= 100, got " + e.getKey() + "=" + e.getValue());
            }
            b[t] = e.getValue();
        }
        return b;
    }

    private Corpus read(String spec) throws IOException {
        int colon = spec.indexOf(':');
        Optional<CorpusFormat> fmt = colon > 0 ? CorpusFormat.parse(spec.substring(0, colon)) : Optional.empty();
        Path p = Path.of(fmt.isPresent() ? spec.substring(colon + 1) : spec);
        if (!Files.exists(p)) {
            throw new NoSuchFileException(p.toString());
        }
        CorpusFormat f = fmt.isPresent() ? fmt.get() : CorpusReader.detect(p);
        return new CorpusReader(f, aqmarMisc).read(p);
    }
}
