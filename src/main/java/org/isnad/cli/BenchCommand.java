package org.isnad.cli;

import org.isnad.persuasion.BenchPersuasionCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code isnad bench …}: timing commands, one subcommand per component. */
@Command(name = "bench", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Time a component on real articles, side by side with a baseline.",
        subcommands = {
            BenchPersuasionCommand.class,
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
