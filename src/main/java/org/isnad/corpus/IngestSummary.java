package org.isnad.corpus;

import java.util.List;

/**
 * The outcome of an ingest run: how many documents were stored, skipped as duplicates (already stored, by content
 * hash) or failed, with the first failures' reasons, and the elapsed time.
 */
public record IngestSummary(long stored, long duplicates, long failed, List<String> failures, double seconds) {
    public IngestSummary {
        failures = List.copyOf(failures);
    }

    public long processed() {
        return stored + duplicates + failed;
    }

    public String line() {
        return String.format(java.util.Locale.ROOT,
                "ingest: %d stored, %d skipped as duplicate, %d failed in %.1f s (%.1f documents/s)",
                stored, duplicates, failed, seconds, seconds > 0 ? processed() / seconds : 0.0);
    }
}
