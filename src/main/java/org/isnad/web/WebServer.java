package org.isnad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import java.util.Optional;
import org.isnad.corpus.Corpus;
import org.isnad.json.AnalysisJson;
import org.isnad.pipeline.Pipeline;

/**
 * The HTTP server of {@code isnad serve}: the JSON API under {@code /api}, {@code /health}, {@code /openapi.json} and
 * the web UI, from one process. Every response carries a strict Content-Security-Policy (scripts and styles from
 * this origin only, no inline code); API calls are rate-limited per client address and token-checked; request
 * bodies are bounded.
 */
public final class WebServer implements AutoCloseable {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin");

    /** The most request threads: 8 per core, at least 16 (Jetty's acceptor and selectors take a few of them). */
    static final int MAX_THREADS = Math.max(16, 8 * Runtime.getRuntime().availableProcessors());

    private final Javalin app;

    private WebServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving; returns once the port is bound. */
    public static WebServer start(Corpus corpus, Pipeline pipeline, WebConfig cfg) {
        Auth auth = new Auth(cfg.readTokens(), cfg.writeTokens());
        RateLimiter limiter = new RateLimiter(cfg.ratePerSecond());
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.jetty.threadPool = threadPool();
            c.http.maxRequestSize = cfg.maxBodyBytes();
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/org/isnad/web/static";
                sf.location = Location.CLASSPATH;
                sf.headers = SECURITY_HEADERS;
            });
        });
        app.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
        app.before("/api/*", ctx -> {
            if (!limiter.allow(ctx.ip())) {
                ctx.header("Retry-After", "1");
                throw new ApiError(429, "too many requests");
            }
            long len = ctx.req().getContentLengthLong();
            if (len > cfg.maxBodyBytes()) {
                throw new ApiError(413, "request body larger than " + cfg.maxBodyBytes() + " bytes");
            }
            Auth.Level level = ctx.method().name().equals("POST") && ctx.path().startsWith("/api/ingest")
                    ? Auth.Level.WRITE : Auth.Level.READ;
            auth.check(level, Optional.ofNullable(ctx.header("Authorization")));
        });
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
        app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: "
                + org.isnad.cli.IsnadCli.oneLine(e)));
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                error(ctx, 404, "not found");
            }
        });
        new ApiRoutes(corpus, pipeline, cfg).register(app);
        app.start(cfg.host(), cfg.port());
        return new WebServer(app);
    }

    /**
     * Jetty's request threads: at most {@link #MAX_THREADS} (Javalin's default is 250). Handlers are CPU-bound and
     * share a pool of 8 database connections, so more threads than a few per core only add switching and contention;
     * requests beyond it wait in Jetty's queue, in arrival order.
     */
    private static org.eclipse.jetty.util.thread.QueuedThreadPool threadPool() {
        var pool = new org.eclipse.jetty.util.thread.QueuedThreadPool(MAX_THREADS, 4, 60_000);
        pool.setName("JettyServerThreadPool");
        return pool;
    }

    static void error(Context ctx, int status, String message) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(AnalysisJson.MAPPER.createObjectNode().put("error", message).toString());
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
