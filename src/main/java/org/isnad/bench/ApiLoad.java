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
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.isnad.json.AnalysisJson;

/**
 * An open-loop load of mixed reads against a running {@code isnad serve} on loopback: requests are started at a fixed
 * rate whatever the server's speed, and each latency is measured from its scheduled start (no coordinated omission).
 * Mix: 30% search, 25% document view, 20% entity page, 10% document list, 10% graph, 5% health.
 * Usage: {@code java -cp target/isnad.jar org.isnad.bench.ApiLoad http://127.0.0.1:8080 RATE SECONDS}.
 */
public final class ApiLoad {
    private ApiLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rate = Integer.parseInt(args[1]);
        int seconds = Math.min(600, Integer.parseInt(args[2]));
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8))
                .connectTimeout(Duration.ofSeconds(5)).build();
        JsonNode docs = get(http, base + "/api/documents?limit=200");
        List<Long> docIds = new ArrayList<>();
        List<String> words = new ArrayList<>();
        docs.get("documents").forEach(d -> {
            docIds.add(d.get("id").asLong());
            if (d.hasNonNull("title")) {
                Arrays.stream(d.get("title").asText().split("[^\\p{L}]+")).filter(w -> w.length() >= 4)
                        .forEach(words::add);
            }
        });
        List<Long> actors = new ArrayList<>();
        for (int i = 0; i < 20 && actors.size() < 50; i++) {
            get(http, base + "/api/documents/" + docIds.get(i)).get("actors").forEach(a -> actors.add(a.asLong()));
        }
        if (actors.isEmpty()) {
            actors.add(1L);
        }
        Random rnd = new Random(7);
        int total = rate * seconds;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            int r = rnd.nextInt(100);
            String w = URLEncoder.encode(words.get(rnd.nextInt(words.size())), StandardCharsets.UTF_8);
            paths.add(r < 30 ? "/api/search?q=" + w
                    : r < 55 ? "/api/documents/" + docIds.get(rnd.nextInt(docIds.size()))
                    : r < 75 ? "/api/entities/" + actors.get(rnd.nextInt(actors.size()))
                    : r < 85 ? "/api/documents?limit=20&offset=" + rnd.nextInt(100)
                    : r < 95 ? "/api/entities/" + actors.get(rnd.nextInt(actors.size())) + "/graph"
                    : "/health");
        }
        ConcurrentLinkedQueue<Double> lat = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> all = new ArrayList<>();
        long start = System.nanoTime();
        long step = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * step;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + paths.get(i))).timeout(Duration.ofSeconds(10))
                    .build();
            all.add(http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).handle((resp, ex) -> {
                lat.add((System.nanoTime() - due) / 1e6);
                if (ex != null || resp.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double[] ms = lat.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "requests=%d target_rate=%d/s achieved=%.1f/s errors=%d p50=%.1fms p95=%.1fms"
                        + " p99=%.1fms max=%.1fms%n", ms.length, rate, ms.length / elapsed, errors.get(),
                ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms[(int) (ms.length * 0.99)], ms[ms.length - 1]);
        System.exit(0);
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return AnalysisJson.MAPPER.readTree(r.body());
    }
}
