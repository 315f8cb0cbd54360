package org.isnad.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.isnad.ner.ClusterFile;
import org.isnad.ner.NerModel;
import org.isnad.ner.TypeProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad train profiles}: entity-type profiles of words from news auto-tagged by a NER model. */
@Command(name = "profiles", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Tag unlabeled news (gzip'd JSON Lines) with a NER model and write, per frequent word, the "
                + "bucketed share of each entity type (a feature file for 'train ner --profiles').")
public final class TrainProfilesCommand implements Callable<Integer> {
    @Option(names = "--corpus", arity = "1..*", required = true, paramLabel = "FILE",
            description = "articles-NNN.jsonl.gz files (field 'text')")
    List<Path> corpus;

    @Option(names = "--model", paramLabel = "FILE", description = "the tagging model (default: the shipped one)")
    Optional<Path> model;

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
            for (Path p : corpus) {
                if (!Files.isRegularFile(p)) {
                    throw new NoSuchFileException(p.toString());
                }
            }
            NerModel m = model.isPresent() ? NerModel.load(model.get()) : NerModel.loadDefault();
            long t0 = System.nanoTime();
            Map<String, int[]> profiles = new TypeProfiles(m, minCount, err::println).learn(corpus, maxTokens);
            ClusterFile.write(out, profiles);
            err.printf("wrote %s: %d words in %.0f s%n", out, profiles.size(), (System.nanoTime() - t0) / 1e9);
            return ExitCodes.OK;
        });
    }
}
