package org.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code isnad eval …}: the evaluation commands, one subcommand per component. */
@Command(name = "eval", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Evaluate a component against a gold file.",
        subcommands = {
            EvalNerCommand.class,
            org.isnad.attribution.EvalAttributionCommand.class,
            org.isnad.relations.RelationsEvalCommand.class,
            org.isnad.persuasion.EvalPersuasionCommand.class,
        })
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
