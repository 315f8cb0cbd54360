package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isnad.bench.CorpusText;
import org.isnad.bench.TextThroughput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code isnad bench}: throughput benchmarks run from the CLI, peers side by side in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Throughput benchmarks, each side by side with a peer in the same run.",
        subcommands = {BenchCommand.Text.class, org.isnad.persuasion.BenchPersuasionCommand.class,
            org.isnad.relations.BenchRelationsCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code isnad bench text}: text layer throughput against Lucene's ArabicAnalyzer and BreakIterator. */
    @Command(name = "text", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
            description = {"Single-thread MB/s of decode + normalise + tokenise (with clitics) + sentence split,",
                "against Lucene's ArabicAnalyzer (all tokens) and java.text.BreakIterator (word boundaries).",
                "A 'token TAG' file (ANERcorp) is joined into plain text first."})
    static final class Text implements Callable<Integer> {
        @Option(names = "--file", paramLabel = "FILE", defaultValue = "../shared/data/ner/anercorp/ANERCorp.txt",
                description = "the text or token-per-line corpus; default: ${DEFAULT-VALUE}")
        Path file;

        @Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
                description = "measured seconds per contender; default: ${DEFAULT-VALUE}")
        double seconds;

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            if (!Files.isReadable(file)) {
                System.err.println("isnad: " + file + ": no such file");
                return ExitCodes.IO;
            }
            if (!(seconds > 0 && seconds <= 3600)) {
                System.err.println("isnad: --seconds must be between 0 and 3600");
                return ExitCodes.USAGE;
            }
            String text;
            try {
                text = CorpusText.load(file);
            } catch (IOException e) {
                System.err.println("isnad: " + file + ": cannot read: " + IsnadCli.oneLine(e));
                return ExitCodes.IO;
            }
            TextThroughput bench = new TextThroughput(text);
            out.printf(Locale.ROOT, "text: %s, %d characters, %.2f MB UTF-8; java %s; single thread; %.0f s each%n",
                    file, text.length(), bench.bytes() / 1e6, System.getProperty("java.version"), seconds);
            List<TextThroughput.Result> results = bench.run(seconds);
            out.printf(Locale.ROOT, "%-55s %12s %10s %7s%n", "contender", "median MB/s", "best MB/s", "rounds");
            for (TextThroughput.Result r : results) {
                out.printf(Locale.ROOT, "%-55s %12.1f %10.1f %7d%n", r.name(), r.medianMbPerSecond(),
                        r.bestMbPerSecond(), r.rounds());
            }
            return ExitCodes.OK;
        }
    }
}
