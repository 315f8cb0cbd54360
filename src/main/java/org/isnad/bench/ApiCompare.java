package org.isnad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;
import org.isnad.json.AnalysisJson;

/**
 * Compares the API answers of two servers on copies of the same store (e.g. an older and a newer build): a fixed
 * sample of document views (every Nth document), the claim view of each of their claims, the entity page, graph and
 * timeline of each of their actors, and document and claim searches for words of their titles. Bodies are compared
 * byte for byte, except searches, whose {@code millis} field (the time taken) is left out; answers that differ are
 * compared again with the order of tied claims undone ({@link #canonical}). Prints counts per kind and the first
 * differences that remain; exit code 1 when any remains.
 * Usage: {@code java -cp target/isnad.jar org.isnad.bench.ApiCompare BASE_A BASE_B [EVERY_NTH_DOCUMENT]}.
 */
public final class ApiCompare {
    private ApiCompare() {
    }

    public static void main(String[] args) throws Exception {
        String a = args[0];
        String b = args[1];
        int every = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        HttpClient http = HttpClient.newHttpClient();
        List<String> paths = new ArrayList<>();
        Set<Long> actors = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        long total = ApiWorkload.get(http, a + "/api/documents?limit=1").get("total").asLong();
        for (long off = 0; off < total; off += 200) {
            JsonNode list = ApiWorkload.get(http, a + "/api/documents?limit=200&offset=" + off).get("documents");
            for (int i = 0; i < list.size(); i += every) {
                JsonNode d = list.get(i);
                long id = d.get("id").asLong();
                paths.add("/api/documents/" + id);
                JsonNode doc = ApiWorkload.get(http, a + "/api/documents/" + id);
                doc.get("claims").forEach(c -> paths.add("/api/claims/" + id + "/" + c.get("id").asText()));
                doc.get("actors").forEach(x -> actors.add(x.asLong()));
                if (d.hasNonNull("title")) {
                    for (String w : d.get("title").asText().split("[^\\p{L}]+")) {
                        if (w.length() >= 4 && words.size() < 400) {
                            words.add(w);
                        }
                    }
                }
            }
        }
        for (long x : actors) {
            paths.add("/api/entities/" + x);
            paths.add("/api/entities/" + x + "/graph");
            paths.add("/api/entities/" + x + "/timeline");
        }
        for (String w : words) {
            String q = URLEncoder.encode(w, StandardCharsets.UTF_8);
            paths.add("/api/search?q=" + q);
            paths.add("/api/search?q=" + q + "&kind=claim");
        }
        Map<String, int[]> counts = new TreeMap<>();
        int shown = 0;
        for (String p : paths) {
            String kind = p.startsWith("/api/search") ? "search" : p.startsWith("/api/claims") ? "claim"
                    : p.endsWith("/graph") ? "graph" : p.endsWith("/timeline") ? "timeline"
                    : p.startsWith("/api/entities") ? "entity" : "document";
            String ba = body(http, a + p);
            String bb = body(http, b + p);
            if (kind.equals("search")) {
                ba = withoutMillis(ba);
                bb = withoutMillis(bb);
            }
            int[] n = counts.computeIfAbsent(kind, k -> new int[3]);
            n[0]++;
            if (!ba.equals(bb)) {
                n[1]++;
                if (canonical(ba).equals(canonical(bb))) {
                    n[2]++;
                } else if (shown++ < 10) {
                    System.out.println("DIFFERENT " + p + "\n  A: " + clip(ba) + "\n  B: " + clip(bb));
                }
            }
        }
        int diff = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            System.out.printf(Locale.ROOT, "%-9s compared=%d byte-identical=%d different=%d (of which the same"
                            + " up to the order of tied claims: %d)%n", e.getKey(), e.getValue()[0],
                    e.getValue()[0] - e.getValue()[1], e.getValue()[1], e.getValue()[2]);
            diff += e.getValue()[1] - e.getValue()[2];
        }
        System.exit(diff == 0 ? 0 : 1);
    }

    private static String body(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    /**
     * The answer with the order of tied items undone: arrays of claims (objects with "document" and "claim") sorted
     * by document and claim, "carriers" sorted. Claims about an actor are listed by day, document and offset, and
     * two claims of one document starting at the same offset have no defined order in SQL.
     */
    private static String canonical(String statusAndBody) throws Exception {
        int sp = statusAndBody.indexOf(' ');
        JsonNode n = AnalysisJson.MAPPER.readTree(statusAndBody.substring(sp + 1));
        return statusAndBody.substring(0, sp) + " " + sortTies(n);
    }

    private static JsonNode sortTies(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = (ObjectNode) n;
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String f : names) {
                JsonNode v = sortTies(o.get(f));
                if (f.equals("carriers") && v.isArray()) {
                    List<String> keys = new ArrayList<>();
                    v.forEach(x -> keys.add(x.asText()));
                    keys.sort(null);
                    com.fasterxml.jackson.databind.node.ArrayNode a = o.putArray(f);
                    keys.forEach(a::add);
                } else {
                    o.set(f, v);
                }
            }
            return o;
        }
        if (n.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            n.forEach(x -> items.add(sortTies(x)));
            if (!items.isEmpty() && items.stream().allMatch(x -> x.has("document") && x.has("claim"))) {
                items.sort(java.util.Comparator.comparing((JsonNode x) -> x.get("document").asLong())
                        .thenComparing(x -> x.get("claim").asText()));
            }
            com.fasterxml.jackson.databind.node.ArrayNode a = AnalysisJson.MAPPER.createArrayNode();
            items.forEach(a::add);
            return a;
        }
        return n;
    }

    private static String withoutMillis(String statusAndBody) throws Exception {
        int sp = statusAndBody.indexOf(' ');
        JsonNode n = AnalysisJson.MAPPER.readTree(statusAndBody.substring(sp + 1));
        if (n instanceof ObjectNode o) {
            o.remove("millis");
        }
        return statusAndBody.substring(0, sp) + " " + n;
    }

    private static String clip(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
