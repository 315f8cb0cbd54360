package org.isnad.web;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client key: {@code rate} requests per second on average, bursts up to twice that. Buckets of
 * clients idle for a minute are dropped so memory stays bounded.
 */
final class RateLimiter {
    private final double rate;
    private final double burst;
    private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep = System.nanoTime();

    RateLimiter(int perSecond) {
        this.rate = Math.max(1, perSecond);
        this.burst = 2 * rate;
    }

    /** True when the client may make a request now (and takes one token). */
    boolean allow(String key) {
        long now = System.nanoTime();
        sweep(now);
        double[] b = buckets.computeIfAbsent(key, k -> new double[] {burst, now});
        synchronized (b) {
            double tokens = Math.min(burst, b[0] + (now - (long) b[1]) / 1e9 * rate);
            b[1] = now;
            if (tokens < 1) {
                b[0] = tokens;
                return false;
            }
            b[0] = tokens - 1;
            return true;
        }
    }

    private void sweep(long now) {
        if (now - lastSweep < 60_000_000_000L) {
            return;
        }
        lastSweep = now;
        buckets.entrySet().removeIf(e -> now - (long) e.getValue()[1] > 60_000_000_000L);
    }
}
