package org.isnad.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.isnad.corpus.Ingest;

/**
 * Ingest progress on stderr: a line rewritten in place on a terminal, or one line per interval otherwise (logs, CI).
 */
final class ProgressBar {
    enum Mode { BAR, LINES, NONE }

    private final PrintStream err;
    private final Mode mode;
    private final long intervalNanos;
    private long last;
    private Ingest.Progress latest;

    ProgressBar(PrintStream err, Mode mode, long intervalMillis) {
        this.err = err;
        this.mode = mode;
        this.intervalNanos = Math.max(50, intervalMillis) * 1_000_000L;
        this.last = System.nanoTime();
    }

    void update(Ingest.Progress p) {
        latest = p;
        long now = System.nanoTime();
        if (mode == Mode.NONE || now - last < intervalNanos) {
            return;
        }
        last = now;
        print(p);
    }

    private void print(Ingest.Progress p) {
        long n = p.stored() + p.duplicates() + p.failed();
        String s = String.format(Locale.ROOT, "progress: %d processed (%d stored, %d duplicate, %d failed) %.1f docs/s",
                n, p.stored(), p.duplicates(), p.failed(), p.seconds() > 0 ? n / p.seconds() : 0.0);
        if (mode == Mode.BAR) {
            err.print("\r" + spinner(n) + " " + s + "   ");
        } else {
            err.println(s);
        }
    }

    private static String spinner(long n) {
        return "[" + "=".repeat((int) (n / 10 % 20)) + ">" + " ".repeat(19 - (int) (n / 10 % 20)) + "]";
    }

    void finish() {
        if (mode == Mode.BAR && latest != null) {
            print(latest);
            err.println();
        }
    }
}
