package org.isnad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.isnad.json.AnalysisJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {
    @TempDir
    static Path tmp;
    static WebFixture fx;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        fx = new WebFixture(tmp, WebFixture.config(Set.of("r1"), Set.of("w1"), 40, 64 * 1024));
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    static HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fx.base() + path)).GET();
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String type, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fx.base() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).header("Content-Type", type);
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return AnalysisJson.MAPPER.readTree(r.body());
    }

    @Test
    void healthAnswersWithoutTokenAndCountsDocuments() throws Exception {
        HttpResponse<String> r = get("/health", Map.of());
        assertEquals(200, r.statusCode());
        assertTrue(json(r).get("documents").asInt() >= 3);
    }

    @Test
    void readsNeedAReadOrWriteTokenWritesNeedAWriteToken() throws Exception {
        assertEquals(401, get("/api/documents", Map.of()).statusCode());
        assertEquals(401, get("/api/documents", WebFixture.bearer("nope")).statusCode());
        assertEquals(200, get("/api/documents", WebFixture.bearer("r1")).statusCode());
        assertEquals(200, get("/api/documents", WebFixture.bearer("w1")).statusCode());
        String doc = "{\"text\":\"قال المتحدث إن الاجتماع انتهى دون اتفاق.\",\"outlet\":\"t\"}";
        assertEquals(401, post("/api/ingest", "application/json", doc, Map.of()).statusCode());
        assertEquals(403, post("/api/ingest", "application/json", doc, WebFixture.bearer("r1")).statusCode());
        HttpResponse<String> ok = post("/api/ingest", "application/json", doc, WebFixture.bearer("w1"));
        assertEquals(200, ok.statusCode());
        assertEquals("stored", json(ok).get("results").get(0).get("status").asText());
        HttpResponse<String> again = post("/api/ingest", "application/json", doc, WebFixture.bearer("w1"));
        assertEquals("duplicate", json(again).get("results").get(0).get("status").asText());
    }

    @Test
    void bodiesAreBoundedAndCheckedAndAnalyzeDoesNotStore() throws Exception {
        String big = "{\"text\":\"" + "ب".repeat(70 * 1024) + "\"}";
        assertEquals(413, post("/api/analyze", "application/json", big, WebFixture.bearer("r1")).statusCode());
        assertEquals(400, post("/api/analyze", "application/json", "{nope", WebFixture.bearer("r1")).statusCode());
        assertEquals(415, post("/api/analyze", "application/xml", "<x/>", WebFixture.bearer("r1")).statusCode());
        long before = json(get("/health", Map.of())).get("documents").asLong();
        HttpResponse<String> r = post("/api/analyze", "text/plain; charset=utf-8", "أعلن الوزير أن الحكومة استقالت.",
                WebFixture.bearer("r1"));
        assertEquals(200, r.statusCode());
        assertEquals("isnad.analysis/1", json(r).get("schema").asText());
        assertEquals(before, json(get("/health", Map.of())).get("documents").asLong());
    }

    @Test
    void documentViewCarriesChainsActorsAndCorroboration() throws Exception {
        JsonNode d = json(get("/api/documents/" + fx.minister, WebFixture.bearer("r1")));
        assertEquals("isnad.analysis/1", d.get("analysis").get("schema").asText());
        JsonNode c1 = d.get("claims").get(0);
        assertEquals("outlet", c1.get("chain").get("level").asText());
        JsonNode source = c1.get("chain").get("children").get(0);
        assertEquals("NAMED_PERSON", source.get("type").asText());
        assertEquals(fx.safadi, source.get("actor").asLong());
        assertEquals("claim", source.get("children").get(0).get("level").asText());
        // the same statement by the same named minister through two outlets is one independent source
        assertEquals(2, c1.get("corroboration").get("outlets").asInt());
        assertEquals(1, c1.get("corroboration").get("independent_sources").asInt());
        assertTrue(c1.get("corroboration").get("single_source").asBoolean());
        assertEquals("B", c1.get("grade").get("source_reliability").asText());
    }

    @Test
    void entityGraphTimelineClaimAndExports() throws Exception {
        JsonNode e = json(get("/api/entities/" + fx.safadi, WebFixture.bearer("r1")));
        assertEquals("PERSON", e.get("type").asText());
        assertEquals(2, e.get("claims").size());
        assertEquals("MEETING", e.get("roles").get(0).get("type").asText());
        JsonNode shabab = json(get("/api/entities?q=" + URLEncoder.encode("الشباب", StandardCharsets.UTF_8),
                WebFixture.bearer("r1"))).get(0);
        JsonNode hits = json(get("/api/entities/" + shabab.get("id").asLong(), WebFixture.bearer("r1"))).get("screening");
        assertEquals("possible match", hits.get(0).get("status_note").asText());
        assertEquals("2024-09-26", hits.get(0).get("list_version").asText());
        JsonNode g = json(get("/api/entities/" + fx.safadi + "/graph", WebFixture.bearer("r1")));
        assertFalse(g.get("edges").isEmpty());
        assertTrue(g.get("edges").get(0).get("sentence").asText().contains("لقائه رئيس الوفد"));
        JsonNode t = json(get("/api/entities/" + fx.safadi + "/timeline", WebFixture.bearer("r1")));
        assertEquals(20180218, t.get("claims").get(0).get("day").asInt());
        JsonNode claim = json(get("/api/claims/" + fx.minister + "/c2", WebFixture.bearer("r1")));
        assertEquals("ANONYMOUS", claim.get("chain").get("children").get(0).get("type").asText());
        HttpResponse<String> csv = get("/api/entities/" + fx.safadi + "/claims.csv", WebFixture.bearer("r1"));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(3, csv.body().split("\n").length);
        assertEquals(404, get("/api/entities/999999", WebFixture.bearer("r1")).statusCode());
        assertEquals(400, get("/api/documents/abc", WebFixture.bearer("r1")).statusCode());
    }

    @Test
    void searchFiltersAndRejectsBadFilters() throws Exception {
        String q = "/api/search?q=" + URLEncoder.encode("مفاوضات", StandardCharsets.UTF_8);
        JsonNode all = json(get(q, WebFixture.bearer("r1")));
        assertTrue(all.get("total").asInt() >= 4);
        JsonNode claims = json(get(q + "&kind=claim&source_type=NAMED_PERSON&outlet=outlet-b", WebFixture.bearer("r1")));
        assertEquals(1, claims.get("total").asInt());
        assertEquals("c1", claims.get("hits").get(0).get("claim").asText());
        assertEquals(400, get(q + "&certainty=MAYBE", WebFixture.bearer("r1")).statusCode());
        assertEquals(400, get(q + "&from=yesterday", WebFixture.bearer("r1")).statusCode());
    }

    @Test
    void everyResponseHasAStrictContentSecurityPolicy() throws Exception {
        for (String p : new String[] {"/", "/doc.html", "/js/app.js", "/health", "/openapi.json"}) {
            HttpResponse<String> r = get(p, Map.of());
            assertEquals(200, r.statusCode(), p);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), p + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        assertEquals("3.0.3", json(get("/openapi.json", Map.of())).get("openapi").asText());
    }

    @Test
    void rateLimitAnswers429WithRetryAfter() throws Exception {
        WebConfig slow = WebFixture.config(Set.of(), Set.of(), 2, 64 * 1024);
        try (WebServer s = WebServer.start(fx.corpus, org.isnad.pipeline.Pipeline.standard(), slow)) {
            HttpResponse<String> limited = null;
            for (int i = 0; i < 40 && limited == null; i++) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                        + "/api/documents?limit=1")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 429) {
                    limited = r;
                } else {
                    assertEquals(200, r.statusCode());
                }
            }
            assertTrue(limited != null, "no 429 within 40 requests at 2/s");
            assertEquals("1", limited.headers().firstValue("Retry-After").orElse(""));
        }
    }
}
