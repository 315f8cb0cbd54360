package org.isnad.screening.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.isnad.names.NameKind;
import org.isnad.names.Romanizer;
import org.isnad.names.Scripts;
import org.isnad.names.StringSimilarity;
import org.isnad.screening.Candidate;
import org.isnad.screening.ScreeningIndex;
import org.isnad.screening.Screener;
import org.isnad.screening.SecureXml;
import org.isnad.screening.UnScImporter;
import org.isnad.screening.Watchlist;
import org.isnad.screening.WatchlistEntry;
import org.isnad.screening.WatchlistException;

/**
 * UN self-retrieval: every Arabic-script NAME_ORIGINAL_SCRIPT of the UN list is screened against the Latin-script
 * names (primary names and Latin aliases) of all entries; a query succeeds when its own entry ranks first alone
 * (a tie for first counts as a failure). The baseline transliterates the query with ICU ("Arabic-Latin;
 * Latin-ASCII") and ranks entries by the best Jaro-Winkler similarity of whole lower-cased names, with no blocking.
 */
public final class SelfRetrievalBench {
    private SelfRetrievalBench() {
    }

    /** Result of one matcher: successes out of queries, and the failed queries. */
    public record Result(int queries, int first, List<String> failures) {
        public double rate() {
            return queries == 0 ? 0 : (double) first / queries;
        }
    }

    public static void report(Path unXml, boolean verbose, PrintStream out) throws IOException, WatchlistException {
        Watchlist un = new UnScImporter().read(unXml);
        Map<String, String> queries = arabicOriginalNames(unXml);
        ScreeningIndex latin = new ScreeningIndex(List.of(un), a -> !a.originalScript() && !Scripts.isArabic(a.name()));
        long t0 = System.nanoTime();
        Result isnad = isnad(new Screener(latin), queries);
        long t1 = System.nanoTime();
        Result base = baseline(latin, queries);
        long t2 = System.nanoTime();
        out.printf(Locale.ROOT, "queries (Arabic-script NAME_ORIGINAL_SCRIPT): %d; Latin names indexed: %d%n",
                queries.size(), latin.size());
        out.println("| matcher | own entry first | rate | time |");
        out.println("|---|---|---|---|");
        out.printf(Locale.ROOT, "| ICU Arabic-Latin + Jaro-Winkler (baseline, exhaustive) | %d/%d | %.1f%% | %d ms |%n",
                base.first, base.queries, 100 * base.rate(), (t2 - t1) / 1_000_000);
        out.printf(Locale.ROOT, "| isnad (skeleton + parts, blocked) | %d/%d | %.1f%% | %d ms |%n",
                isnad.first, isnad.queries, 100 * isnad.rate(), (t1 - t0) / 1_000_000);
        if (verbose) {
            isnad.failures.forEach(f -> out.println("isnad miss: " + f));
            base.failures.forEach(f -> out.println("baseline miss: " + f));
        }
    }

    /** reference → the Arabic-script NAME_ORIGINAL_SCRIPT, straight from the XML. */
    static Map<String, String> arabicOriginalNames(Path unXml) throws IOException, WatchlistException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        SecureXml.stream(unXml, java.util.Set.of("INDIVIDUAL", "ENTITY"), n -> {
            String orig = n.childText("NAME_ORIGINAL_SCRIPT");
            if (!orig.isBlank() && Scripts.isArabic(orig)) {
                out.put(n.childText("REFERENCE_NUMBER").strip(), orig);
            }
        });
        return out;
    }

    /** For tests: the queries of the benchmark. */
    public static Map<String, String> arabicOriginalNamesForTest(Path unXml) throws IOException, WatchlistException {
        return arabicOriginalNames(unXml);
    }

    /** For tests: the share of queries whose own entry ranks first alone. */
    public static double rateForTest(Screener s, Map<String, String> queries) {
        return isnad(s, queries).rate();
    }

    /** A query is screened as the kind of record it came from, as the screening stage does with entity types. */
    private static NameKind kind(String reference) {
        return reference.length() > 2 && reference.charAt(2) == 'e' ? NameKind.ORG : NameKind.PERSON;
    }

    static Result isnad(Screener s, Map<String, String> queries) {
        int first = 0;
        List<String> failures = new ArrayList<>();
        for (var q : queries.entrySet()) {
            List<Candidate> c = s.screen(q.getValue(), kind(q.getKey()), 0.0, 2);
            boolean ok = !c.isEmpty() && c.get(0).reference().equals(q.getKey())
                    && (c.size() < 2 || c.get(1).score() < c.get(0).score());
            if (ok) {
                first++;
            } else {
                failures.add(q.getKey() + " " + q.getValue() + " -> " + String.join(" | ", c.stream()
                        .map(x -> String.format(Locale.ROOT, "%s %s %.3f", x.reference(), x.matchedAlias(), x.score()))
                        .toList()));
            }
        }
        return new Result(queries.size(), first, failures);
    }

    static Result baseline(ScreeningIndex index, Map<String, String> queries) {
        List<String> refs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            refs.add(index.name(i).entry().reference());
            texts.add(plain(Romanizer.toAscii(index.name(i).alias().name())));
        }
        int first = 0;
        List<String> failures = new ArrayList<>();
        for (var q : queries.entrySet()) {
            String t = plain(Romanizer.arabicToLatin(q.getValue()));
            Map<String, Double> best = new HashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                best.merge(refs.get(i), StringSimilarity.jaroWinkler(t, texts.get(i)), Math::max);
            }
            double own = best.getOrDefault(q.getKey(), 0.0);
            long better = best.entrySet().stream()
                    .filter(e -> !e.getKey().equals(q.getKey()) && e.getValue() >= own).count();
            if (better == 0) {
                first++;
            } else {
                failures.add(q.getKey() + " " + q.getValue() + " (" + t + ")");
            }
        }
        return new Result(queries.size(), first, failures);
    }

    private static String plain(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replaceAll("\\s+", " ").strip();
    }

    static List<WatchlistEntry> entries(Watchlist w) {
        return w.entries();
    }
}
