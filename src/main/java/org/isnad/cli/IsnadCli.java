package org.isnad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code isnad} command: one subcommand per job. */
@Command(name = "isnad", mixinStandardHelpOptions = true, version = "isnad 0.1.0",
        description = "Attribution chains, entities, relations and screening for Arabic news reports.",
        footer = ExitCodes.HELP,
        subcommands = {
            CommandLine.HelpCommand.class,
            AnalyzeCommand.class,
            BenchCommand.class,
            EvalCommand.class,
            org.isnad.export.ExportCommand.class,
            WatchlistCommand.class,
            ScreenCommand.class,
            IngestCommand.class,
            SearchCommand.class,
            ServeCommand.class,
            TrainCommand.class,
        })
public final class IsnadCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code; never throws. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new IsnadCli());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("isnad: internal error: " + oneLine(ex));
            return ExitCodes.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args1) -> {
            ex.getCommandLine().getErr().println("isnad: " + ex.getMessage() + " (see --help)");
            return ExitCodes.USAGE;
        });
        return cl.execute(args);
    }

    /** A throwable as one line: its class and message, no stack trace. */
    public static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        return oneLine(ex.getClass().getSimpleName() + (m == null ? "" : ": " + m));
    }

    /** A message on one line: line breaks become spaces. */
    public static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("[\\r\\n]+", " ");
    }
}
