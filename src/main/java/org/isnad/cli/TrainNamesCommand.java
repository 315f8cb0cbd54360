package org.isnad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.ner.GazetteerSources;
import org.isnad.ner.NameMiner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code isnad train names}: mines person names from unlabeled news (title + name contexts). */
@Command(name = "names", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Mine person names from gzip'd JSON Lines news: the words right after a title phrase "
                + "(a gazetteer file for 'train ner --mined-names').")
public final class TrainNamesCommand implements Callable<Integer> {
    @Mixin
    NewsCorpusOption news;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "name list to write")
    Path out;

    @Option(names = "--max-tokens", defaultValue = "20000000",
            description = "stop after this many tokens (default: ${DEFAULT-VALUE})")
    long maxTokens;

    @Option(names = "--min-count", defaultValue = "3",
            description = "times a name must follow a title (default: ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--min-share", defaultValue = "0.1",
            description = "share of a word's occurrences that must follow a title (default: ${DEFAULT-VALUE})")
    double minShare;

    @Override
    public Integer call() {
        return IoErrors.run(err -> {
            if (maxTokens < 1 || minCount < 1 || minShare < 0 || minShare > 1) {
                throw new IllegalArgumentException("--max-tokens, --min-count must be positive, --min-share 0-1");
            }
            List<Path> corpus = news.files();
            Map<String, Integer> names = new NameMiner(GazetteerSources.builtIn().build(), minCount, minShare,
                    err::println).mine(corpus, maxTokens);
            NameMiner.write(out, names);
            err.printf("wrote %s: %d names%n", out, names.size());
            return ExitCodes.OK;
        });
    }
}
