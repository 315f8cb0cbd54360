package org.isnad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.isnad.names.NameKind;
import org.isnad.screening.Candidate;
import org.isnad.screening.CandidateJson;
import org.isnad.screening.Screener;
import org.isnad.screening.Watchlist;
import org.isnad.screening.WatchlistException;
import org.isnad.screening.WatchlistSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad screen NAME… | --names FILE|-}: possible matches of names against sanctions lists. */
@Command(name = "screen", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Screen names against sanctions lists. A result is a possible match to be reviewed by a "
                + "person, never an identification.")
public final class ScreenCommand implements Callable<Integer> {
    /** Longest accepted line of a --names file, in characters. */
    static final int MAX_LINE = 4096;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "names to screen (Arabic or Latin script)")
    List<String> names = new ArrayList<>();

    @Option(names = "--names", paramLabel = "FILE|-", description = "screen one name a line; prints JSON Lines")
    String namesFile;

    @Option(names = "--json", description = "print one JSON object a name")
    boolean json;

    @Option(names = "--watchlist", paramLabel = "FILE",
            description = "a list file to screen against directly (UN, OFAC or FtM); repeatable. Without it, the "
                    + "imported lists are used")
    List<Path> watchlists = new ArrayList<>();

    @Option(names = "--home", paramLabel = "DIR", description = "store directory for imported lists")
    Path home;

    @Option(names = "--threshold", defaultValue = "0.7", description = "least score reported (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--top", defaultValue = "5", description = "most candidates a name (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--type", defaultValue = "any", paramLabel = "person|org|any",
            description = "what the names are (default ${DEFAULT-VALUE})")
    String type;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (names.isEmpty() == (namesFile == null)) {
            System.err.println("isnad: give NAMEs or --names FILE|-, not both and not neither (see --help)");
            return ExitCodes.USAGE;
        }
        if (threshold < 0 || threshold > 1 || top < 1) {
            System.err.println("isnad: --threshold must be in [0, 1] and --top at least 1");
            return ExitCodes.USAGE;
        }
        NameKind kind;
        try {
            kind = NameKind.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("isnad: --type must be person, org or any");
            return ExitCodes.USAGE;
        }
        Screener screener;
        try {
            List<Watchlist> lists = WatchlistSources.load(watchlists, Optional.ofNullable(home), watchlists.isEmpty());
            if (lists.isEmpty()) {
                System.err.println("isnad: no watchlist: import one (isnad watchlist import FILE) or pass --watchlist FILE");
                return ExitCodes.USAGE;
            }
            screener = WatchlistSources.screener(lists);
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
        return namesFile != null ? batch(screener, kind, out) : each(screener, kind, out);
    }

    private int each(Screener screener, NameKind kind, PrintStream out) {
        for (String n : names) {
            List<Candidate> c = screener.screen(n, kind, threshold, top);
            if (json) {
                out.println(CandidateJson.result(n, c).toString());
            } else {
                printText(n, c, out);
            }
        }
        return ExitCodes.OK;
    }

    private int batch(Screener screener, NameKind kind, PrintStream out) {
        int bad = 0;
        try (BufferedReader r = namesFile.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(namesFile), StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > MAX_LINE) {
                    System.err.println("isnad: line " + no + ": longer than " + MAX_LINE + " characters, skipped");
                    bad++;
                    continue;
                }
                String n = line.strip();
                out.println(CandidateJson.result(n, screener.screen(n, kind, threshold, top)).toString());
            }
        } catch (NoSuchFileException e) {
            System.err.println("isnad: no such file: " + e.getMessage());
            return ExitCodes.IO;
        } catch (java.nio.charset.MalformedInputException e) {
            System.err.println("isnad: " + namesFile + " is not UTF-8 text");
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            System.err.println("isnad: " + IsnadCli.oneLine(e));
            return ExitCodes.IO;
        }
        return bad > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private void printText(String query, List<Candidate> cs, PrintStream out) {
        if (cs.isEmpty()) {
            out.printf(Locale.ROOT, "%s: no possible match at or above %.2f%n", query, threshold);
            return;
        }
        out.printf("%s: %d possible match(es) - to be reviewed, not an identification%n", query, cs.size());
        for (Candidate c : cs) {
            out.printf(Locale.ROOT, "  %.3f  %s  %s  [%s %s, %s]%n         matched name: %s%n         why: %s%n",
                    c.score(), c.reference(), c.name(), c.list(), c.listDate(), c.status(), c.matchedAlias(),
                    c.explanation());
        }
    }
}
