package org.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code isnad bench AREA …}: benchmarks that print the numbers recorded in docs/bench/. */
@Command(name = "bench", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Run a benchmark and print its numbers.",
        subcommands = {ScreeningBenchCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
