package org.isnad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.isnad.ner.ClusterFile;
import org.isnad.ner.ClusterTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code isnad train clusters}: learns word clusters for the NER tagger from unlabeled news (JSON Lines, gzip). */
@Command(name = "clusters", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Learn word clusters (skip-gram vectors + k-means) from gzip'd JSON Lines news files.")
public final class TrainClustersCommand implements Callable<Integer> {
    @Mixin
    NewsCorpusOption news;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "cluster file to write (.tsv.gz)")
    Path out;

    @Option(names = "--vectors-out", paramLabel = "FILE",
            description = "also write the word vectors of the clustered words (.bin.gz), for `train ner --vectors`")
    Path vectorsOut;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--epochs", defaultValue = "1", description = "skip-gram epochs (default: ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--dim", defaultValue = "100", description = "vector size (default: ${DEFAULT-VALUE})")
    int dim;

    @Option(names = "--max-words", defaultValue = "100000", description = "words clustered (default: ${DEFAULT-VALUE})")
    int maxWords;

    @Override
    public Integer call() {
        return IoErrors.run(err -> {
            if (epochs < 1 || epochs > 20 || dim < 10 || dim > 500 || maxWords < 100) {
                throw new IllegalArgumentException("--epochs must be 1-20, --dim 10-500, --max-words >= 100");
            }
            List<Path> corpus = news.files();
            ClusterTrainer.Options d = ClusterTrainer.Options.defaults();
            ClusterTrainer t = new ClusterTrainer(new ClusterTrainer.Options(dim, d.window(), d.negative(), epochs,
                    d.minCount(), maxWords, d.ks(), seed, d.sample()), err::println);
            long t0 = System.nanoTime();
            Map<String, int[]> clusters = t.train(corpus, Optional.ofNullable(vectorsOut));
            ClusterFile.write(out, clusters);
            err.printf("wrote %s: %d words in %.0f s%n", out, clusters.size(), (System.nanoTime() - t0) / 1e9);
            return ExitCodes.OK;
        });
    }
}
