package org.isnad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.isnad.ner.ClusterFile;
import org.isnad.ner.Corpus;
import org.isnad.ner.CorpusFormat;
import org.isnad.ner.CorpusReader;
import org.isnad.ner.GazetteerSources;
import org.isnad.ner.NerTrainer;
import org.isnad.ner.WordClusters;
import org.isnad.ner.NerModel;
import org.isnad.ner.TypeProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code isnad train profiles}: entity-type profiles of words from news auto-tagged by a NER model. */
@Command(name = "profiles", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Tag unlabeled news (gzip'd JSON Lines) with a NER model and write, per frequent word, the "
                + "bucketed share of each entity type (a feature file for 'train ner --profiles').")
public final class TrainProfilesCommand implements Callable<Integer> {
    @Mixin
    NewsCorpusOption news;

    @Option(names = "--model", paramLabel = "FILE", description = "the tagging model (default: the shipped one)")
    Optional<Path> model;

    @Option(names = "--train", arity = "1..*", paramLabel = "FILE",
            description = "instead of --model: ANERcorp-style files to train a context-only tagger on (it judges a "
                    + "word by its surroundings only, so the profiles are not memorised from these labels)")
    List<Path> train = List.of();

    @Option(names = "--clusters", paramLabel = "FILE", description = "word clusters for the context-only tagger")
    Optional<Path> clusters;

    @Option(names = "--gazetteers", defaultValue = "../shared/data/gazetteers/anergazet", paramLabel = "DIR",
            description = "ANERGazet directory for the context-only tagger (default: ${DEFAULT-VALUE})")
    Path gazetteers;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "profile file to write (.tsv.gz)")
    Path out;

    @Option(names = "--max-tokens", defaultValue = "4000000",
            description = "stop after this many tokens (default: ${DEFAULT-VALUE})")
    long maxTokens;

    @Option(names = "--min-count", defaultValue = "5",
            description = "words seen fewer times get no profile (default: ${DEFAULT-VALUE})")
    int minCount;

    @Override
    public Integer call() {
        return IoErrors.run(err -> {
            if (maxTokens < 1 || minCount < 1) {
                throw new IllegalArgumentException("--max-tokens and --min-count must be positive");
            }
            List<Path> corpus = news.files();
            NerModel m;
            if (!train.isEmpty()) {
                Corpus c = null;
                for (Path p : train) {
                    Corpus r = new CorpusReader(CorpusFormat.ANERCORP).read(p);
                    c = c == null ? r : c.plus(r);
                }
                WordClusters wc = clusters.isPresent() ? ClusterFile.read(clusters.get()) : WordClusters.empty();
                m = new NerTrainer(NerTrainer.Options.defaults(), GazetteerSources.withAnerGazet(gazetteers).build(),
                        wc, err::println).trainContextOnly(c);
            } else {
                m = model.isPresent() ? NerModel.load(model.get()) : NerModel.loadDefault();
            }
            long t0 = System.nanoTime();
            Map<String, int[]> profiles = new TypeProfiles(m, minCount, err::println).learn(corpus, maxTokens);
            ClusterFile.write(out, profiles);
            err.printf("wrote %s: %d words in %.0f s%n", out, profiles.size(), (System.nanoTime() - t0) / 1e9);
            return ExitCodes.OK;
        });
    }
}
