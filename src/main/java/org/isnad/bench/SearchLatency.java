package org.isnad.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.isnad.corpus.Corpus;
import org.isnad.search.SearchQuery;
import org.isnad.store.DocumentInfo;
import org.isnad.store.StoreConfig;

/**
 * Search latency over a stored corpus: a fixed-seed mix of one- and two-word queries (words drawn from stored titles),
 * phrases, and filtered queries (claims only, one outlet, a date range), timed one after another after a warm-up.
 * Usage: {@code java -cp target/isnad.jar org.isnad.bench.SearchLatency DB [QUERIES]}.
 */
public final class SearchLatency {
    private SearchLatency() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: SearchLatency DB [QUERIES]");
            System.exit(2);
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        try (Corpus c = Corpus.open(StoreConfig.parse(args[0], Optional.empty()))) {
            List<String> words = new ArrayList<>();
            List<String> outlets = new ArrayList<>();
            for (DocumentInfo d : c.reader().recent(3000, 0)) {
                d.title().ifPresent(t -> Arrays.stream(t.split("[^\\p{L}]+")).filter(w -> w.length() >= 4)
                        .forEach(words::add));
                d.outlet().filter(o -> !outlets.contains(o)).ifPresent(outlets::add);
            }
            Random rnd = new Random(42);
            List<SearchQuery> queries = new ArrayList<>();
            for (int i = 0; i < n + 200; i++) {
                String w1 = words.get(rnd.nextInt(words.size()));
                String w2 = words.get(rnd.nextInt(words.size()));
                SearchQuery q = switch (i % 5) {
                    case 0 -> SearchQuery.of(w1);
                    case 1 -> SearchQuery.of(w1 + " " + w2);
                    case 2 -> SearchQuery.of("\"" + w1 + " " + w2 + "\" | " + w1);
                    case 3 -> new SearchQuery(w1, Optional.of("claim"), List.of(), Optional.empty(), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), 20);
                    default -> new SearchQuery(w1, Optional.of("doc"), List.of(), Optional.empty(), Optional.empty(),
                            Optional.of(20180301), Optional.of(20180630),
                            Optional.of(outlets.get(rnd.nextInt(outlets.size()))), 20);
                };
                queries.add(q);
            }
            for (int i = 0; i < 200; i++) {
                c.search(queries.get(i));
            }
            double[] ms = new double[n];
            long hits = 0;
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                hits += c.search(queries.get(200 + i)).total();
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "documents=%d queries=%d mean_hits=%.1f p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms%n",
                    c.reader().documentCount(), n, hits / (double) n, ms[n / 2], ms[(int) (n * 0.95)],
                    ms[(int) (n * 0.99)], ms[n - 1]);
        }
    }
}
