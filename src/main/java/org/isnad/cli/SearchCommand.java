package org.isnad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.isnad.corpus.Corpus;
import org.isnad.json.AnalysisJson;
import org.isnad.search.SearchFilters;
import org.isnad.search.SearchHit;
import org.isnad.search.SearchJson;
import org.isnad.search.SearchQuery;
import org.isnad.search.SearchResult;
import org.isnad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad search QUERY}: Arabic-aware full-text search over stored documents and claims, with filters. */
@Command(name = "search", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = {"Search stored documents and claims (Arabic analysis: normalised, stop words, light stems).",
                "Syntax: words (all must match), \"a phrase\", -excluded, a | b. An empty QUERY lists by filters."})
public final class SearchCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "the query (may be empty with filters)")
    String query = "";

    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(names = "--kind", description = "doc or claim (default: both)")
    String kind;

    @Option(names = "--entity", description = "about this entity: a name, or #ID for an actor id")
    String entity;

    @Option(names = "--source-type", description = "NAMED_PERSON, ANONYMOUS, … or OUTLET (own voice)")
    String sourceType;

    @Option(names = "--certainty", description = "ASSERTED, REPORTED, HEDGED or DENIED")
    String certainty;

    @Option(names = "--from", description = "published on or after YYYY-MM-DD")
    String from;

    @Option(names = "--to", description = "published on or before YYYY-MM-DD")
    String to;

    @Option(names = "--outlet", description = "only this outlet")
    String outlet;

    @Option(names = "--limit", description = "at most N hits (default: ${DEFAULT-VALUE})")
    int limit = 20;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        org.isnad.store.StoreConfig cfg;
        try {
            cfg = store.config();
        } catch (IllegalArgumentException e) {
            err.println("isnad search: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Corpus corpus = Corpus.open(cfg)) {
            SearchQuery q;
            try {
                q = SearchFilters.build(query, Optional.ofNullable(kind), Optional.ofNullable(entity),
                        Optional.ofNullable(sourceType), Optional.ofNullable(certainty), Optional.ofNullable(from),
                        Optional.ofNullable(to), Optional.ofNullable(outlet), limit, corpus.reader());
            } catch (IllegalArgumentException e) {
                err.println("isnad search: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            SearchResult r = corpus.search(q);
            if (json) {
                out.println(AnalysisJson.MAPPER.writeValueAsString(SearchJson.toJson(r)));
            } else {
                out.printf("%d hits (%.1f ms)%n", r.total(), r.millis());
                int i = 1;
                for (SearchHit h : r.hits()) {
                    out.printf("%d. [%s] doc %d%s  %s %s%s%n", i++, h.kind(), h.docId(),
                            h.claimId().map(c -> " " + c).orElse(""), h.outlet().orElse("-"),
                            h.published().orElse(""), h.sourceType().map(s -> "  " + s).orElse(""));
                    out.println("   " + h.snippet().replaceAll("\\s+", " "));
                }
            }
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("isnad search: " + e.getMessage());
            return ExitCodes.IO;
        }
    }
}
