package org.isnad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import org.isnad.json.AnalysisJson;

/**
 * An open-loop load of mixed reads against a running {@code isnad serve} on loopback: requests are started at a fixed
 * rate whatever the server's speed, and each latency is measured from its scheduled start (no coordinated omission).
 * Mix: 25% search (a fifth of them filtered), 25% document view, 15% entity page, 10% claim with its chain and
 * corroboration, 10% graph neighbourhood, 10% document list, 5% health; documents, claims and entities are drawn from
 * the whole store. A warm-up at the same rate runs first and is not counted.
 * Usage: {@code java -cp target/isnad.jar org.isnad.bench.ApiLoad http://127.0.0.1:8080 RATE SECONDS [WARMUP_S]}.
 */
public final class ApiLoad {
    private ApiLoad() {
    }

    /** One request: its path and the kind it is counted under. */
    private record Req(String kind, String path) {
    }

    /** One finished request. */
    private record Done(String kind, double ms, boolean ok) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rate = Integer.parseInt(args[1]);
        int seconds = Math.min(600, Integer.parseInt(args[2]));
        int warmup = args.length > 3 ? Math.min(300, Integer.parseInt(args[3])) : 15;
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8))
                .connectTimeout(Duration.ofSeconds(5)).build();
        Workload w = Workload.sample(http, base);
        Random rnd = new Random(7);
        run(http, base, w.requests(rnd, rate * warmup), rate);
        long t0 = System.nanoTime();
        List<Done> done = run(http, base, w.requests(rnd, rate * seconds), rate);
        double elapsed = (System.nanoTime() - t0) / 1e9; // until the last answer: a slow server lowers the rate
        report("all", done, rate, elapsed);
        Map<String, List<Done>> byKind = new TreeMap<>();
        done.forEach(d -> byKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d));
        byKind.forEach((k, v) -> report(k, v, 0, elapsed));
        System.exit(0);
    }

    private static List<Done> run(HttpClient http, String base, List<Req> reqs, int rate) throws Exception {
        ConcurrentLinkedQueue<Done> out = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> all = new ArrayList<>();
        long start = System.nanoTime();
        long step = 1_000_000_000L / rate;
        for (int i = 0; i < reqs.size(); i++) {
            long due = start + i * step;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            Req r = reqs.get(i);
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + r.path())).timeout(Duration.ofSeconds(10))
                    .build();
            all.add(http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).handle((resp, ex) -> {
                out.add(new Done(r.kind(), (System.nanoTime() - due) / 1e6, ex == null && resp.statusCode() == 200));
                return null;
            }));
        }
        CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).join();
        return new ArrayList<>(out);
    }

    private static void report(String kind, List<Done> done, int rate, double seconds) {
        double[] ms = done.stream().mapToDouble(Done::ms).sorted().toArray();
        long errors = done.stream().filter(d -> !d.ok()).count();
        System.out.printf(Locale.ROOT, "%-9s requests=%d%s achieved=%.1f/s errors=%d p50=%.1fms p95=%.1fms p99=%.1fms"
                        + " max=%.1fms%n", kind, ms.length, rate > 0 ? " target_rate=" + rate + "/s" : "",
                ms.length / seconds, errors, pct(ms, 0.5), pct(ms, 0.95), pct(ms, 0.99),
                ms.length == 0 ? 0 : ms[ms.length - 1]);
    }

    private static double pct(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }

    /** Document ids, claims, actors and title words sampled from the store, and the request mix drawn from them. */
    private record Workload(List<Long> docs, List<String> claims, List<Long> actors, List<String> words) {
        static Workload sample(HttpClient http, String base) throws Exception {
            long total = get(http, base + "/api/documents?limit=1").get("total").asLong();
            List<Long> docs = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (long off = 0; off < total && docs.size() < 2000; off += Math.max(200, total / 10)) {
                get(http, base + "/api/documents?limit=200&offset=" + off).get("documents").forEach(d -> {
                    docs.add(d.get("id").asLong());
                    if (d.hasNonNull("title")) {
                        Arrays.stream(d.get("title").asText().split("[^\\p{L}]+")).filter(x -> x.length() >= 4)
                                .forEach(words::add);
                    }
                });
            }
            List<Long> actors = new ArrayList<>();
            List<String> claims = new ArrayList<>();
            Random rnd = new Random(11);
            for (int i = 0; i < 40 && !docs.isEmpty(); i++) {
                JsonNode d = get(http, base + "/api/documents/" + docs.get(rnd.nextInt(docs.size())));
                d.get("actors").forEach(a -> actors.add(a.asLong()));
                long id = d.get("store").get("id").asLong();
                d.get("claims").forEach(c -> claims.add(id + "/" + c.get("id").asText()));
            }
            if (docs.isEmpty() || words.isEmpty()) {
                throw new IllegalStateException("the store has no documents with titles to sample");
            }
            return new Workload(docs, claims, actors, words);
        }

        List<Req> requests(Random rnd, int n) {
            List<Req> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int r = rnd.nextInt(100);
                String w = URLEncoder.encode(words.get(rnd.nextInt(words.size())), StandardCharsets.UTF_8);
                long doc = docs.get(rnd.nextInt(docs.size()));
                if (r < 20) {
                    out.add(new Req("search", "/api/search?q=" + w));
                } else if (r < 25) {
                    out.add(new Req("search", "/api/search?q=" + w + "&kind=claim&from=2018-01-01"));
                } else if (r < 50 || (r < 85 && actors.isEmpty())) {
                    out.add(new Req("document", "/api/documents/" + doc));
                } else if (r < 65) {
                    out.add(new Req("entity", "/api/entities/" + actors.get(rnd.nextInt(actors.size()))));
                } else if (r < 75 && !claims.isEmpty()) {
                    out.add(new Req("claim", "/api/claims/" + claims.get(rnd.nextInt(claims.size()))));
                } else if (r < 85) {
                    out.add(new Req("graph", "/api/entities/" + actors.get(rnd.nextInt(actors.size())) + "/graph"));
                } else if (r < 95) {
                    out.add(new Req("list", "/api/documents?limit=20&offset=" + rnd.nextInt(200)));
                } else {
                    out.add(new Req("health", "/health"));
                }
            }
            return out;
        }
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return AnalysisJson.MAPPER.readTree(r.body());
    }
}
