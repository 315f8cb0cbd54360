package org.isnad.ner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.isnad.model.EntityType;
import org.isnad.text.Token;

/**
 * Trains an {@link NerModel} from labelled sentences. The tagger learns PERSON, ORG, LOC and MISC (GPE is folded
 * into LOC, since ANERcorp does not separate them; NORP and TITLE are left to the lexicon layer of the NER stage
 * because ANERcorp leaves them untagged). With stacking, the first pass's labels for the training data come from
 * k-fold jackknifing, so the second pass learns from first-pass output as noisy as it will see on new text.
 * Deterministic for a fixed seed.
 */
public final class NerTrainer {
    /** The types the trained tagger distinguishes, in label order. */
    static final List<EntityType> TAGGED = List.of(EntityType.PERSON, EntityType.LOC, EntityType.ORG, EntityType.MISC);

    /** The types the trained tagger distinguishes, in label order. */
    public static List<EntityType> taggedTypes() {
        return TAGGED;
    }

    /**
     * Training settings.
     *
     * @param epochs  perceptron epochs per pass
     * @param seed    shuffling seed
     * @param stacked train the second pass
     * @param folds   jackknife folds for the second pass
     * @param window  sentences each side that the second pass looks at
     */
    public record Options(int epochs, long seed, boolean stacked, int folds, int window) {
        public static Options defaults() {
            return new Options(10, 1, true, 5, 30);
        }
    }

    /**
     * Settings of the network pass ({@link WindowNet}), trained on the same jackknifed first-pass output as the
     * second pass and used as the last pass.
     *
     * @param hidden       hidden units
     * @param epochs       training epochs
     * @param lr           Adam learning rate
     * @param dropout      hidden-layer dropout
     * @param inputDropout input dropout
     * @param mix          weight of the second pass's scores added to the network's (0 = network alone)
     * @param seed         random seed
     * @param window       words each side that the network reads
     * @param stacked      the network reads the first pass's labels and the document context
     * @param lstm         units per direction of a bidirectional LSTM over the sentence (0 = window network)
     */
    public record NetOptions(int hidden, int epochs, float lr, float dropout, float inputDropout, float mix,
                             long seed, int window, boolean stacked, int lstm) {
        public static NetOptions defaults() {
            WindowNetTrainer.Options d = WindowNetTrainer.Options.defaults();
            return new NetOptions(d.hidden(), d.epochs(), d.lr(), d.dropout(), d.inputDropout(), 0f, d.seed(),
                    d.window(), d.stacked(), d.lstm());
        }

        /** A window network without an LSTM. */
        public NetOptions(int hidden, int epochs, float lr, float dropout, float inputDropout, float mix,
                          long seed, int window, boolean stacked) {
            this(hidden, epochs, lr, dropout, inputDropout, mix, seed, window, stacked, 0);
        }
    }

    /** Second-pass weights whose mixes with the network are scored on a dev corpus after training. */
    private static final float[] MIXES = {0f, 0.01f, 0.02f, 0.05f, 0.1f, 0.2f, 0.5f, 1f};

    private final Options options;
    private Optional<NetOptions> net = Optional.empty();
    private WordVectors vectors = WordVectors.empty();
    private Optional<Corpus> dev = Optional.empty();
    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final WordClusters profiles;
    private final Consumer<String> log;

    public NerTrainer(Options options, Gazetteer gazetteer, WordClusters clusters, Consumer<String> log) {
        this(options, gazetteer, clusters, WordClusters.empty(), log);
    }

    /** @param profiles entity-type profiles of words from auto-tagged news ({@link TypeProfiles}), possibly empty */
    public NerTrainer(Options options, Gazetteer gazetteer, WordClusters clusters, WordClusters profiles,
                      Consumer<String> log) {
        this.options = options;
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.profiles = profiles;
        this.log = log;
    }

    /**
     * Also trains a network pass over these pretrained vectors. With a dev corpus, the network alone is scored on
     * it after every epoch, and the network mixed with the second pass at several weights after the last.
     */
    public NerTrainer withNetwork(WordVectors wordVectors, NetOptions netOptions, Optional<Corpus> devCorpus) {
        this.vectors = wordVectors;
        this.net = Optional.of(netOptions);
        this.dev = devCorpus;
        return this;
    }

    /** Maps a sentence's Isnad tags onto the tagged types (GPE→LOC; NORP, TITLE → O). */
    static String project(String tag) {
        if (tag.equals("O")) {
            return tag;
        }
        EntityType t = EntityType.valueOf(tag.substring(2));
        if (t == EntityType.GPE) {
            t = EntityType.LOC;
        }
        Set<EntityType> kept = EnumSet.copyOf(TAGGED);
        return kept.contains(t) ? tag.substring(0, 2) + t.name() : "O";
    }

    public NerModel train(Corpus corpus) {
        return train(corpus, false);
    }

    /**
     * A first-pass tagger that sees each word only through its context, shape and gazetteer hits (never its own
     * forms): what it says about a word in unlabeled text is learnt from the word's surroundings, not memorised
     * from the training labels. Used to build {@link TypeProfiles}; not saved.
     */
    public NerModel trainContextOnly(Corpus corpus) {
        return train(corpus, true);
    }

    private NerModel train(Corpus corpus, boolean contextOnly) {
        BioLabels labels = new BioLabels(TAGGED);
        List<List<Token>> sents = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        List<int[]> gaz = new ArrayList<>();
        for (LabeledSentence s : corpus.sentences()) {
            List<Token> toks = Words.analyze(s.words());
            sents.add(toks);
            gaz.add(gazetteer.match(toks));
            int[] g = new int[s.size()];
            int prev = -1;
            for (int i = 0; i < s.size(); i++) {
                int y = labels.index(project(s.tags().get(i)));
                if (!labels.allowed(prev, y)) {
                    y = y - 1; // an I- without its B- (conlleval reading): it begins a chunk
                }
                g[i] = y;
                prev = y;
            }
            gold.add(g);
        }
        FeatureExtractor fx = new FeatureExtractor(clusters, profiles, contextOnly);
        List<long[][]> f1 = new ArrayList<>();
        for (int i = 0; i < sents.size(); i++) {
            f1.add(fx.extract(sents.get(i), gaz.get(i), new int[0], new int[0]));
        }
        PerceptronTrainer pt = new PerceptronTrainer(labels, options.epochs(), options.seed());
        log.accept("pass 1 on " + corpus.tokens() + " tokens");
        LinearTagger pass1 = pt.train(f1, gold, e -> log.accept("  epoch " + e));
        log.accept("pass 1: " + pass1.featureCount() + " features");
        if (!options.stacked() || contextOnly) {
            return new NerModel(labels, gazetteer, clusters, profiles, pass1, Optional.empty(), options.window(),
                    new float[TAGGED.size()], contextOnly);
        }
        List<int[]> jack = new ArrayList<>();
        List<int[]> ctx = new ArrayList<>();
        int n = sents.size();
        int k = options.folds();
        for (int fold = 0; fold < k; fold++) {
            int from = (int) ((long) n * fold / k);
            int to = (int) ((long) n * (fold + 1) / k);
            List<long[][]> trF = new ArrayList<>(f1.subList(0, from));
            trF.addAll(f1.subList(to, n));
            List<int[]> trG = new ArrayList<>(gold.subList(0, from));
            trG.addAll(gold.subList(to, n));
            log.accept("jackknife fold " + (fold + 1) + "/" + k);
            LinearTagger t = pt.train(trF, trG, e -> { });
            List<int[]> pred = new ArrayList<>();
            for (int i = from; i < to; i++) {
                pred.add(t.decode(f1.get(i)));
            }
            jack.addAll(pred);
            ctx.addAll(StackContext.masks(sents.subList(from, to), pred, labels, options.window()));
        }
        List<long[][]> f2 = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            f2.add(fx.extract(sents.get(i), gaz.get(i), jack.get(i), ctx.get(i)));
        }
        log.accept("pass 2");
        LinearTagger pass2 = pt.train(f2, gold, e -> log.accept("  epoch " + e));
        log.accept("pass 2: " + pass2.featureCount() + " features");
        NerModel model = new NerModel(labels, gazetteer, clusters, profiles, pass1, Optional.of(pass2),
                options.window(), new float[TAGGED.size()]);
        if (net.isEmpty()) {
            return model;
        }
        return trainNetwork(model, sents, gaz, jack, ctx, gold);
    }

    private NerModel trainNetwork(NerModel perceptron, List<List<Token>> sents, List<int[]> gaz, List<int[]> jack,
                                  List<int[]> ctx, List<int[]> gold) {
        NetOptions no = net.get();
        WindowNetTrainer.Options d = WindowNetTrainer.Options.defaults();
        WindowNetTrainer.Options wo = new WindowNetTrainer.Options(no.hidden(), d.edim(), d.buckets(), no.epochs(),
                no.lr(), no.dropout(), no.inputDropout(), d.batch(), no.seed(), no.window(), no.stacked(), no.lstm());
        NetFeatures nf = new NetFeatures(vectors, clusters, wo.buckets());
        java.util.Map<WordScoreCache.Key, NetFeatures.WordInput> inputs = new java.util.HashMap<>();
        List<WindowNetTrainer.Example> data = new ArrayList<>();
        for (int i = 0; i < sents.size(); i++) {
            List<Token> s = sents.get(i);
            NetFeatures.WordInput[] w = new NetFeatures.WordInput[s.size()];
            for (int j = 0; j < w.length; j++) {
                Token t = s.get(j);
                w[j] = inputs.computeIfAbsent(WordScoreCache.Key.of(t), k -> nf.word(t));
            }
            data.add(new WindowNetTrainer.Example(w, gaz.get(i), jack.get(i), ctx.get(i), gold.get(i)));
        }
        log.accept("network: " + vectors.size() + " word vectors, " + inputs.size() + " word types, options " + wo);
        if (dev.isPresent()) {
            log.accept(String.format("dev: perceptron passes F1 %.2f", NerEvaluator.score(perceptron, dev.get())
                    .micro().f1()));
        }
        WindowNet trained = new WindowNetTrainer(wo, perceptron.labels()).train(data, nf, (epoch, snap) -> {
            String msg = "  network epoch " + epoch;
            if (dev.isPresent()) {
                NerScores sc = NerEvaluator.score(perceptron.withNetwork(snap, 0f), dev.get());
                msg += String.format(": dev F1 %.2f (P %.2f, R %.2f)", sc.micro().f1(), sc.micro().precision(),
                        sc.micro().recall());
            }
            log.accept(msg);
        });
        if (dev.isPresent()) {
            StringBuilder sb = new StringBuilder("dev F1 by weight of the second pass beside the network:");
            for (float m : MIXES) {
                sb.append(String.format(" %.2f→%.2f", m,
                        NerEvaluator.score(perceptron.withNetwork(trained, m), dev.get()).micro().f1()));
            }
            log.accept(sb.toString());
        }
        return perceptron.withNetwork(trained, no.mix());
    }
}
