package org.isnad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.corpus.Corpus;
import org.isnad.doc.Document;
import org.isnad.doc.Metadata;
import org.isnad.json.AnalysisJson;
import org.isnad.pipeline.Pipeline;
import org.isnad.search.SearchFilters;
import org.isnad.search.SearchJson;
import org.isnad.search.SearchQuery;
import org.isnad.store.StoreException;
import org.isnad.store.WriteResult;

/** The handlers of the JSON API (documented in {@code openapi.json}). */
final class ApiRoutes {
    /** At most this many documents per ingest request. */
    static final int MAX_BATCH = 100;

    private final Corpus corpus;
    private final Pipeline pipeline;
    private final WebConfig cfg;
    private final Views views;
    private final ResponseCache responses;

    ApiRoutes(Corpus corpus, Pipeline pipeline, WebConfig cfg) {
        this.corpus = corpus;
        this.pipeline = pipeline;
        this.cfg = cfg;
        this.views = new Views(corpus);
        this.responses = new ResponseCache(64L << 20, () -> corpus.database().generation());
    }

    void register(Javalin app) {
        app.get("/health", this::health);
        app.post("/api/analyze", this::analyze);
        app.post("/api/ingest", this::ingest);
        app.get("/api/search", this::search);
        app.get("/api/documents", ctx -> {
            int limit = intParam(ctx, "limit", 20, 200);
            int offset = intParam(ctx, "offset", 0, Integer.MAX_VALUE);
            cached(ctx, () -> views.documentList(limit, offset));
        });
        app.get("/api/documents/{id}", ctx -> cached(ctx, () -> found(views.document(id(ctx, "id")))));
        app.get("/api/documents/{id}/export.json", ctx -> {
            Document d = found(corpus.reader().document(id(ctx, "id")));
            ctx.header("Content-Disposition", "attachment; filename=\"isnad-document-" + id(ctx, "id") + ".json\"");
            json(ctx, AnalysisJson.toJson(d));
        });
        app.get("/api/claims/{doc}/{claim}", ctx -> cached(ctx, () -> found(views.claim(id(ctx, "doc"),
                ctx.pathParam("claim")))));
        app.get("/api/entities", ctx -> json(ctx, views.actors(Optional.ofNullable(ctx.queryParam("q")).orElse(""),
                intParam(ctx, "limit", 20, 200))));
        app.get("/api/entities/{id}", ctx -> cached(ctx, () -> found(views.entity(id(ctx, "id")))));
        app.get("/api/entities/{id}/graph", ctx -> cached(ctx, () -> views.graph(existing(ctx),
                intParam(ctx, "limit", 200, 2000))));
        app.get("/api/entities/{id}/timeline", ctx -> cached(ctx, () -> views.timeline(existing(ctx))));
        app.get("/api/entities/{id}/claims.csv", ctx -> {
            long id = existing(ctx);
            ctx.header("Content-Disposition", "attachment; filename=\"isnad-entity-" + id + "-claims.csv\"");
            ctx.contentType("text/csv; charset=utf-8");
            ctx.result(views.claimsCsv(id));
        });
    }

    private void health(Context ctx) {
        boolean ok = corpus.reachable();
        ObjectNode n = AnalysisJson.MAPPER.createObjectNode();
        n.put("status", ok ? "ok" : "unavailable");
        n.put("store", ok ? "reachable" : "unreachable");
        if (ok) {
            n.put("documents", corpus.reader().documentCount());
        }
        ctx.status(ok ? 200 : 503);
        json(ctx, n);
    }

    private void analyze(Context ctx) {
        Document doc = pipeline.process(readDocuments(ctx, 1).get(0));
        json(ctx, AnalysisJson.toJson(doc));
    }

    private void ingest(Context ctx) {
        List<Document> docs = readDocuments(ctx, MAX_BATCH);
        ObjectNode root = AnalysisJson.MAPPER.createObjectNode();
        ArrayNode results = root.putArray("results");
        int stored = 0;
        for (Document d : docs) {
            ObjectNode r = results.addObject();
            r.put("id", d.id());
            try {
                if (corpus.contains(d.text())) {
                    r.put("status", "duplicate");
                    continue;
                }
                WriteResult w = corpus.store(pipeline.process(d));
                r.put("status", w.duplicate() ? "duplicate" : "stored");
                r.put("document", w.docId());
                r.put("origin", w.originId());
                stored += w.duplicate() ? 0 : 1;
            } catch (IllegalArgumentException | StoreException e) {
                r.put("status", "failed");
                r.put("reason", e.getMessage());
            }
        }
        if (stored > 0) {
            corpus.commitIndex();
            try {
                corpus.refreshCorroboration();
            } catch (StoreException e) {
                // the documents are stored; views compute corroboration on the fly until a refresh succeeds
            }
        }
        json(ctx, root);
    }

    /**
     * Documents from a request body: text/plain (one text), or JSON — one object {@code {"text", "id"?, "title"?,
     * "outlet"?, "url"?, "published"?}}, an array of them, or {@code {"documents": [...]}}.
     */
    private List<Document> readDocuments(Context ctx, int max) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new ApiError(400, "empty body");
        }
        String type = Optional.ofNullable(ctx.contentType()).orElse("");
        if (!type.startsWith("application/json")) {
            if (!type.startsWith("text/plain")) {
                throw new ApiError(415, "send application/json or text/plain");
            }
            return List.of(checked(Document.of(Optional.ofNullable(ctx.queryParam("id")).orElse("posted"), body)));
        }
        JsonNode n;
        try {
            n = AnalysisJson.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new ApiError(400, "malformed JSON");
        }
        JsonNode list = n.isArray() ? n : n.has("documents") ? n.get("documents") : null;
        List<Document> out = new ArrayList<>();
        if (list == null) {
            out.add(document(n));
        } else {
            if (!list.isArray() || list.size() > max) {
                throw new ApiError(400, "documents must be an array of at most " + max);
            }
            list.forEach(x -> out.add(document(x)));
        }
        if (out.isEmpty() || out.size() > max) {
            throw new ApiError(400, "send between 1 and " + max + " documents");
        }
        return out;
    }

    private Document document(JsonNode n) {
        if (n == null || !n.isObject() || !n.hasNonNull("text") || !n.get("text").isTextual()) {
            throw new ApiError(400, "each document needs a \"text\" string");
        }
        Metadata m = new Metadata(str(n, "id").orElse("posted"), str(n, "title"), str(n, "outlet"), str(n, "url"),
                str(n, "published"), str(n, "language").orElse("ar"));
        return checked(new Document(n.get("text").asText(), m));
    }

    private Document checked(Document d) {
        if (d.text().isBlank()) {
            throw new ApiError(400, "empty text");
        }
        if (d.text().length() > cfg.maxTextChars()) {
            throw new ApiError(413, "text longer than " + cfg.maxTextChars() + " characters");
        }
        return d;
    }

    private static Optional<String> str(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() || !v.isValueNode() ? Optional.empty() : Optional.of(v.asText());
    }

    private void search(Context ctx) {
        SearchQuery q;
        try {
            q = SearchFilters.build(Optional.ofNullable(ctx.queryParam("q")).orElse(""), param(ctx, "kind"),
                    param(ctx, "entity"), param(ctx, "source_type"), param(ctx, "certainty"), param(ctx, "from"),
                    param(ctx, "to"), param(ctx, "outlet"), intParam(ctx, "limit", 20, 200), corpus.reader());
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, e.getMessage());
        }
        json(ctx, SearchJson.toJson(corpus.search(q)));
    }

    private long existing(Context ctx) {
        long id = id(ctx, "id");
        found(corpus.reader().actor(id));
        return id;
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(s -> !s.isBlank());
    }

    private static int intParam(Context ctx, String name, int dflt, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v.strip());
            if (i < 0) {
                throw new NumberFormatException();
            }
            return Math.min(i, max);
        } catch (NumberFormatException e) {
            throw new ApiError(400, name + " must be a non-negative integer");
        }
    }

    private static long id(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new ApiError(400, name + " must be a number");
        }
    }

    private static <T> T found(Optional<T> o) {
        return o.orElseThrow(() -> new ApiError(404, "not found"));
    }

    private static void json(Context ctx, JsonNode n) {
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(n.toString());
    }

    /** A read answered from {@link ResponseCache} when the same request was answered since the last store write. */
    private void cached(Context ctx, java.util.function.Supplier<JsonNode> view) throws IOException {
        String key = ctx.path() + "?" + Optional.ofNullable(ctx.queryString()).orElse("");
        byte[] body = responses.get(key).orElse(null);
        if (body == null) {
            long g = responses.generation();
            body = AnalysisJson.MAPPER.writeValueAsBytes(view.get());
            responses.put(key, body, g);
        }
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(body);
    }
}
