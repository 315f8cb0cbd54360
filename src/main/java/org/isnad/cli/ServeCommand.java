package org.isnad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.isnad.corpus.Corpus;
import org.isnad.pipeline.Pipeline;
import org.isnad.store.StoreException;
import org.isnad.web.WebConfig;
import org.isnad.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code isnad serve}: the HTTP API and the web UI on a store, in one process. */
@Command(name = "serve", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = {"Serve the HTTP API (/api, /openapi.json, /health) and the web UI on a store.",
                "Reads are open unless read tokens are given; writes (ingest) need a write token.",
                "Tokens also come from ISNAD_READ_TOKENS and ISNAD_WRITE_TOKENS (comma-separated)."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE}; 0 for any free port)")
    int port = 8080;

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--read-token", description = "a token allowed to read (repeatable)")
    List<String> readTokens = new ArrayList<>();

    @Option(names = "--write-token", description = "a token allowed to ingest and read (repeatable)")
    List<String> writeTokens = new ArrayList<>();

    @Option(names = "--rate", description = "API requests per second per client address (default: ${DEFAULT-VALUE})")
    int rate = WebConfig.defaults().ratePerSecond();

    @Option(names = "--max-body", description = "largest request body in bytes (default: ${DEFAULT-VALUE})")
    long maxBody = WebConfig.defaults().maxBodyBytes();

    @Override
    public Integer call() throws InterruptedException {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (port < 0 || port > 65535 || rate < 1 || maxBody < 1024) {
            err.println("isnad serve: --port must be 0–65535, --rate ≥ 1, --max-body ≥ 1024");
            return ExitCodes.USAGE;
        }
        org.isnad.store.StoreConfig cfg;
        try {
            cfg = store.config();
        } catch (IllegalArgumentException e) {
            err.println("isnad serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Set<String> read = tokens(readTokens, "ISNAD_READ_TOKENS");
        Set<String> write = tokens(writeTokens, "ISNAD_WRITE_TOKENS");
        if (!isLoopback(host) && read.isEmpty()) {
            err.println("isnad serve: binding " + host + " without a read token would expose the store; "
                    + "give --read-token or bind 127.0.0.1");
            return ExitCodes.USAGE;
        }
        Corpus corpus;
        try {
            corpus = Corpus.open(cfg);
        } catch (StoreException e) {
            err.println("isnad serve: " + e.getMessage());
            return ExitCodes.IO;
        }
        try {
            long t0 = System.nanoTime();
            int n = corpus.refreshCorroboration();
            if (n > 0) {
                err.printf(java.util.Locale.ROOT, "isnad: stored corroboration of %d claims brought up to date in"
                        + " %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
        } catch (StoreException e) {
            // views compute corroboration on the fly while the stored rows are behind
            err.println("isnad serve: " + e.getMessage() + " (corroboration is computed per view)");
        }
        WebConfig web = new WebConfig(host, port, read, write, maxBody, rate, WebConfig.defaults().maxTextChars());
        WebServer server;
        try {
            server = WebServer.start(corpus, org.isnad.corpus.Pipelines.withCorroboration(List.of(),
                    org.isnad.pipeline.PipelineConfig.defaults(), corpus.gradingLookup()), web);
        } catch (RuntimeException e) {
            corpus.close();
            err.println("isnad serve: cannot listen on " + host + ":" + port + ": " + IsnadCli.oneLine(e));
            return ExitCodes.IO;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            corpus.close();
            stop.countDown();
        }));
        err.println("isnad: serving " + cfg.safeUrl() + " on http://" + host + ":" + server.port()
                + "/ (writes " + (write.isEmpty() ? "disabled" : "need a token") + ", reads "
                + (read.isEmpty() ? "open" : "need a token") + ")");
        stop.await();
        return ExitCodes.OK;
    }

    private static Set<String> tokens(List<String> given, String env) {
        Set<String> out = new LinkedHashSet<>(given);
        String e = System.getenv(env);
        if (e != null) {
            Arrays.stream(e.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        out.removeIf(String::isBlank);
        return out;
    }

    private static boolean isLoopback(String h) {
        return h.equals("127.0.0.1") || h.equals("localhost") || h.equals("::1");
    }
}
