package org.isnad.web;

import java.util.Set;

/**
 * Settings of the HTTP server.
 *
 * @param host          address to bind (default loopback)
 * @param port          port (0 for any free one)
 * @param readTokens    tokens allowed to read; empty means reads need no token
 * @param writeTokens   tokens allowed to write (ingest) and read; empty means writes are refused
 * @param maxBodyBytes  the largest request body accepted
 * @param ratePerSecond requests per second per client address (burst: twice that)
 * @param maxTextChars  the longest text accepted for analysis or ingest
 */
public record WebConfig(String host, int port, Set<String> readTokens, Set<String> writeTokens, long maxBodyBytes,
                        int ratePerSecond, int maxTextChars) {
    public WebConfig {
        readTokens = Set.copyOf(readTokens);
        writeTokens = Set.copyOf(writeTokens);
    }

    public static WebConfig defaults() {
        return new WebConfig("127.0.0.1", 8080, Set.of(), Set.of(), 2L * 1024 * 1024, 300, 200_000);
    }
}
