package org.isnad.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

/**
 * An open-loop load of mixed reads against a running {@code isnad serve} on loopback: requests are started at a fixed
 * rate whatever the server's speed, and each latency is measured from its scheduled start (no coordinated omission).
 * Mix: {@link ApiWorkload}; documents, claims and entities are drawn from the whole store. A warm-up at the same rate
 * runs first and is not counted. Given the server's process id (Linux), the server's CPU time during the measured
 * window only is reported too, and the load generator's own.
 * Usage: {@code java -cp target/isnad.jar org.isnad.bench.ApiLoad http://127.0.0.1:8080 RATE SECONDS [WARMUP_S
 * [SERVER_PID]]}.
 */
public final class ApiLoad {
    private ApiLoad() {
    }

    /** One finished request. */
    private record Done(String kind, double ms, boolean ok) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rate = Integer.parseInt(args[1]);
        int seconds = Math.min(600, Integer.parseInt(args[2]));
        int warmup = args.length > 3 ? Math.min(300, Integer.parseInt(args[3])) : 15;
        Optional<ServerCpu> server = args.length > 4 ? Optional.of(new ServerCpu(Long.parseLong(args[4])))
                : Optional.empty();
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8))
                .connectTimeout(Duration.ofSeconds(5)).build();
        ApiWorkload w = ApiWorkload.sample(http, base);
        Random rnd = new Random(7);
        run(http, base, w.requests(rnd, rate * warmup), rate);
        double serverCpu0 = server.map(ServerCpu::seconds).orElse(0.0);
        Map<String, Double> kinds0 = server.map(ServerCpu::byKind).orElse(Map.of());
        double ownCpu0 = ServerCpu.own();
        long t0 = System.nanoTime();
        List<Done> done = run(http, base, w.requests(rnd, rate * seconds), rate);
        double elapsed = (System.nanoTime() - t0) / 1e9; // until the last answer: a slow server lowers the rate
        double serverCpu = server.map(ServerCpu::seconds).orElse(0.0) - serverCpu0;
        Map<String, Double> kinds = server.map(ServerCpu::byKind).orElse(Map.of());
        double ownCpu = ServerCpu.own() - ownCpu0;
        report("all", done, rate, elapsed);
        Map<String, List<Done>> byKind = new TreeMap<>();
        done.forEach(d -> byKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d));
        byKind.forEach((k, v) -> report(k, v, 0, elapsed));
        if (server.isPresent()) {
            System.out.printf(Locale.ROOT, "measured window only: server_cpu=%.1f s = %.2f ms per request = %.2f"
                            + " cores; load generator cpu=%.1f s = %.2f cores%n", serverCpu,
                    serverCpu * 1000 / done.size(), serverCpu / elapsed, ownCpu, ownCpu / elapsed);
            StringBuilder sb = new StringBuilder("server threads in the window (ms per request):");
            kinds.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s=%.2f", k,
                    (v - kinds0.getOrDefault(k, 0.0)) * 1000 / done.size())));
            System.out.println(sb);
        }
        System.exit(0);
    }

    private static List<Done> run(HttpClient http, String base, List<ApiWorkload.Req> reqs, int rate) throws Exception {
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
            ApiWorkload.Req r = reqs.get(i);
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
}
