package org.isnad.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.text.WholeWordMiner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad train clitics}: mines the words that only look as if they began with a proclitic («باريس»). */
@Command(name = "clitics", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Mine whole words that start like a proclitic (foreign names: باريس، بوتين) from gzip'd "
                + "JSON Lines news files.")
public final class TrainCliticsCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    NewsCorpusOption corpus;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "word list to write (.txt)")
    Path out;

    @Option(names = "--min-count", defaultValue = "5", description = "least frequency judged (default: ${DEFAULT-VALUE})")
    int minCount;

    @Option(names = "--ratio", defaultValue = "20",
            description = "a word is whole when seen more than RATIO times as often as its remainder (default: ${DEFAULT-VALUE})")
    int ratio;

    @Override
    public Integer call() {
        return IoErrors.run(err -> {
            if (minCount < 1 || ratio < 1) {
                throw new IllegalArgumentException("--min-count and --ratio must be at least 1");
            }
            WholeWordMiner miner = new WholeWordMiner(minCount, ratio);
            Map<String, Integer> counts = miner.count(corpus.files(), err::println);
            List<String> words = miner.wholeWords(counts);
            List<String> lines = new ArrayList<>();
            lines.add("# Whole words that start like a proclitic (و ف ب ل ك س), mined by `isnad train clitics` from");
            lines.add("# unlabelled news: seen at least " + minCount + " times and more than " + ratio
                    + " times as often as their remainder. See docs/foundation.md.");
            lines.addAll(words);
            Files.write(out, lines, StandardCharsets.UTF_8);
            err.printf("wrote %s: %d whole words out of %d word forms%n", out, words.size(), counts.size());
            return ExitCodes.OK;
        });
    }
}
