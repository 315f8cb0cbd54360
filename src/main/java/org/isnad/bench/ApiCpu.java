package org.isnad.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Server CPU per request by endpoint kind, after a warm-up: the requests of {@link ApiWorkload} sent one kind at a
 * time by two client threads, and the CPU time of the server's request threads (from {@code /proc}; compiler and
 * collector threads left out) divided by the number sent.
 * Each kind is measured twice: as the mix draws it (repeats may come from the server's response cache) and
 * uncached (a unique dummy query parameter makes every request a cache miss).
 * Usage: {@code java -cp target/isnad.jar org.isnad.bench.ApiCpu http://127.0.0.1:8080 SERVER_PID [N [WARMUP]]}.
 */
public final class ApiCpu {
    private static final List<String> KINDS = List.of("search", "document", "entity", "claim", "graph", "list",
            "health");

    private ApiCpu() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        ServerCpu server = new ServerCpu(Long.parseLong(args[1]));
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ApiWorkload w = ApiWorkload.sample(http, base);
        Random rnd = new Random(7);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        send(http, pool, base, paths(w.requests(rnd, warmup), ""));
        System.out.printf(Locale.ROOT, "%-9s %8s %14s %14s %12s%n", "kind", "requests", "cpu ms (mix)",
                "cpu ms (miss)", "wall ms (miss)");
        for (String kind : KINDS) {
            List<ApiWorkload.Req> reqs = new ArrayList<>();
            while (reqs.size() < n) {
                w.requests(rnd, 200).stream().filter(r -> r.kind().equals(kind)).limit(n - reqs.size())
                        .forEach(reqs::add);
            }
            double c0 = requests(server);
            send(http, pool, base, paths(reqs, ""));
            double mix = (requests(server) - c0) * 1000 / n;
            double c1 = requests(server);
            long t1 = System.nanoTime();
            send(http, pool, base, paths(reqs, "nocache=" + System.nanoTime()));
            double miss = (requests(server) - c1) * 1000 / n;
            double wall = (System.nanoTime() - t1) / 1e6 / n * 2; // two clients
            System.out.printf(Locale.ROOT, "%-9s %8d %14.2f %14.2f %12.2f%n", kind, n, mix, miss, wall);
        }
        pool.shutdown();
        System.exit(0);
    }

    /** CPU seconds of the server's request threads (not the compiler's or the collector's). */
    private static double requests(ServerCpu server) {
        return server.byKind().getOrDefault("requests", 0.0);
    }

    private static List<String> paths(List<ApiWorkload.Req> reqs, String extra) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (ApiWorkload.Req r : reqs) {
            String p = r.path();
            out.add(extra.isEmpty() ? p : p + (p.contains("?") ? "&" : "?") + extra + "-" + i++);
        }
        return out;
    }

    private static void send(HttpClient http, ExecutorService pool, String base, List<String> paths)
            throws Exception {
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            int from = t;
            fs.add(pool.submit(() -> {
                for (int i = from; i < paths.size(); i += 2) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.get(i)))
                            .timeout(Duration.ofSeconds(30)).build();
                    HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
                    while (r.statusCode() == 429) { // the server's per-client rate limit: wait and send it again
                        Thread.sleep(1000);
                        r = http.send(req, HttpResponse.BodyHandlers.discarding());
                    }
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(paths.get(i) + " answered " + r.statusCode());
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            System.err.println("ApiCpu: " + e.getCause().getMessage());
            System.exit(1);
        }
    }
}
