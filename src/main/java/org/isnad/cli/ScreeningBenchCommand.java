package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isnad.screening.WatchlistException;
import org.isnad.screening.bench.NameBench;
import org.isnad.screening.bench.SelfRetrievalBench;
import org.isnad.screening.bench.SpeedBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad bench screening names|retrieval|speed|all}: the screening benchmarks of docs/bench/screening.md. */
@Command(name = "screening", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Name matching (nomenklatura bench vs logic-v2), UN self-retrieval (vs ICU + Jaro-Winkler), "
                + "speed (30,000-name list, UN import).")
public final class ScreeningBenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", defaultValue = "all", paramLabel = "names|retrieval|speed|all")
    String which;

    @Option(names = "--data", defaultValue = "../shared/data", description = "shared data directory (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--threshold", defaultValue = "0.7", description = "match threshold for the name bench")
    double threshold;

    @Option(names = "--names", defaultValue = "30000", description = "size of the synthetic list for speed")
    int names;

    @Option(names = "--queries", defaultValue = "2000", description = "timed queries for speed")
    int queries;

    @Option(names = "--verbose", description = "print every error with its explanation")
    boolean verbose;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path cases = data.resolve("names/nomenklatura-name-bench-cases.csv");
        Path scores = data.resolve("names/nomenklatura-name-bench-logicv2-scores.csv");
        Path un = data.resolve("watchlists/un-sc-consolidated-2024-09-26.xml");
        for (Path p : new Path[] {cases, scores, un}) {
            if (!Files.isRegularFile(p)) {
                System.err.println("isnad: missing benchmark file " + p + " (see --data)");
                return ExitCodes.IO;
            }
        }
        try {
            if (which.equals("names") || which.equals("all")) {
                out.println("## nomenklatura name bench");
                NameBench.report(cases, scores, threshold, verbose, out);
            }
            if (which.equals("retrieval") || which.equals("all")) {
                out.println("## UN self-retrieval");
                SelfRetrievalBench.report(un, verbose, out);
            }
            if (which.equals("speed") || which.equals("all")) {
                out.println("## speed");
                SpeedBench.report(un, names, queries, out);
            }
            if (!java.util.List.of("names", "retrieval", "speed", "all").contains(which)) {
                System.err.println("isnad: unknown benchmark '" + which + "'; use names, retrieval, speed or all");
                return ExitCodes.USAGE;
            }
            return ExitCodes.OK;
        } catch (WatchlistException e) {
            System.err.println("isnad: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            System.err.println("isnad: " + IsnadCli.oneLine(e));
            return ExitCodes.IO;
        }
    }
}
