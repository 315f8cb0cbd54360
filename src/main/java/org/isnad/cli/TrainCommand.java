package org.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code isnad train …}: the parent of every training command (one subcommand per component). */
@Command(name = "train", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Train a model from annotated data.",
        subcommands = {
            TrainNerCommand.class,
            TrainClustersCommand.class,
            TrainProfilesCommand.class,
            TrainNamesCommand.class,
            TrainCliticsCommand.class,
        })
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
