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
        subcommands = {BenchCommand.Text.class, ScreeningBenchCommand.class,
            org.isnad.persuasion.BenchPersuasionCommand.class, org.isnad.relations.BenchRelationsCommand.class})
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

        @Option(names = "--doc-bytes", paramLabel = "N", defaultValue = "4096",
                description = "also run with the text cut into documents of about N bytes (0: only the whole "
                        + "text); default: ${DEFAULT-VALUE}")
        int docBytes;

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
            out.printf(Locale.ROOT, "text: %s, %d characters; java %s; single thread; %.0f s per contender%n",
                    file, text.length(), System.getProperty("java.version"), seconds);
            run(out, new TextThroughput(text, 0), "as one document");
            if (docBytes > 0) {
                run(out, new TextThroughput(text, docBytes), "as documents of about " + docBytes + " bytes");
            }
            return ExitCodes.OK;
        }

        private void run(PrintStream out, TextThroughput bench, String how) {
            out.printf(Locale.ROOT, "%n%s: %d document(s), %.2f MB UTF-8%n", how, bench.documents(),
                    bench.bytes() / 1e6);
            List<TextThroughput.Result> results = bench.run(seconds);
            out.printf(Locale.ROOT, "%-55s %9s %9s %9s %7s%n", "contender (MB per CPU-second)", "median",
                    "best", "wall med", "rounds");
            for (TextThroughput.Result r : results) {
                out.printf(Locale.ROOT, "%-55s %9.1f %9.1f %9.1f %7d%n", r.name(), r.medianMbPerSecond(),
                        r.bestMbPerSecond(), r.medianWallMbPerSecond(), r.rounds());
            }
            TextThroughput.Result lucene = results.get(2);
            for (int i = 0; i < 2; i++) {
                TextThroughput.Result isnad = results.get(i);
                out.printf(Locale.ROOT, "%s / lucene ArabicAnalyzer: %.2f (median), %.2f (best)%n",
                        i == 0 ? "isnad" : "isnad tokens only", isnad.medianMbPerSecond() / lucene.medianMbPerSecond(),
                        isnad.bestMbPerSecond() / lucene.bestMbPerSecond());
            }
        }
    }
}
