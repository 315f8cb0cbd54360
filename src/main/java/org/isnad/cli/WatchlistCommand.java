package org.isnad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.isnad.model.ListingStatus;
import org.isnad.screening.Watchlist;
import org.isnad.screening.WatchlistException;
import org.isnad.screening.WatchlistFormat;
import org.isnad.screening.WatchlistStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad watchlist import FILE | list}: the local store of sanctions lists. */
@Command(name = "watchlist", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Import sanctions lists into the local store, or list what is stored.",
        subcommands = {WatchlistCommand.Import.class, WatchlistCommand.ListLists.class})
public final class WatchlistCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options shared by the subcommands. */
    static final class HomeOption {
        @Option(names = "--home", paramLabel = "DIR",
                description = "store directory (default: $ISNAD_HOME, else ~/.isnad); lists go to DIR/watchlists/")
        Path home;

        WatchlistStore store() {
            return WatchlistStore.at(Optional.ofNullable(home));
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
            description = "Import a list file (UN SC XML, OFAC SDN XML, OpenSanctions FtM JSON Lines). A newer "
                    + "version of a stored list marks entries that disappeared as DELISTED.")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the list file")
        Path file;

        @Option(names = "--format", paramLabel = "un|ofac|ftm", description = "the file's format (default: detect)")
        String format;

        @picocli.CommandLine.Mixin
        HomeOption home = new HomeOption();

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            try {
                Watchlist read = WatchlistFormat.load(file, format);
                Watchlist stored = home.store().importList(read);
                out.printf("imported %s version %s: %d entries (%d listed, %d delisted) into %s%n", stored.id(),
                        stored.version(), stored.entries().size(), stored.count(ListingStatus.LISTED),
                        stored.count(ListingStatus.DELISTED), home.store().directory());
                return ExitCodes.OK;
            } catch (WatchlistException e) {
                System.err.println("isnad: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            } catch (NoSuchFileException e) {
                System.err.println("isnad: no such file: " + e.getMessage());
                return ExitCodes.IO;
            } catch (IOException e) {
                System.err.println("isnad: " + IsnadCli.oneLine(e));
                return ExitCodes.IO;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
            description = "Show the stored lists: id, version, entries listed and delisted.")
    static final class ListLists implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        HomeOption home = new HomeOption();

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            try {
                var lists = home.store().all();
                if (lists.isEmpty()) {
                    out.println("no lists in " + home.store().directory());
                }
                for (Watchlist l : lists) {
                    out.printf("%s\t%s\t%s\t%d listed\t%d delisted%n", l.id(), l.version(), l.name(),
                            l.count(ListingStatus.LISTED), l.count(ListingStatus.DELISTED));
                }
                return ExitCodes.OK;
            } catch (IOException e) {
                System.err.println("isnad: " + IsnadCli.oneLine(e));
                return ExitCodes.IO;
            }
        }
    }
}
