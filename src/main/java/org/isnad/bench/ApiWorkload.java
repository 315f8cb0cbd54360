package org.isnad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.isnad.json.AnalysisJson;

/**
 * The request mix of the API benchmarks: document ids, claims, actors and title words sampled from a running
 * server's store, and requests drawn from them. Mix: 25% search (a fifth of them filtered), 25% document view, 15%
 * entity page, 10% claim with its chain and corroboration, 10% graph neighbourhood, 10% document list, 5% health.
 */
record ApiWorkload(List<Long> docs, List<String> claims, List<Long> actors, List<String> words) {
    /** One request: its path and the kind it is counted under. */
    record Req(String kind, String path) {
    }

    static ApiWorkload sample(HttpClient http, String base) throws Exception {
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
        return new ApiWorkload(docs, claims, actors, words);
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

    static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return AnalysisJson.MAPPER.readTree(r.body());
    }
}
