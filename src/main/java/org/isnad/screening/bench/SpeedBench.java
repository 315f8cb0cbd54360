package org.isnad.screening.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.isnad.model.ListingStatus;
import org.isnad.names.NameKind;
import org.isnad.screening.Alias;
import org.isnad.screening.AliasQuality;
import org.isnad.screening.EntryType;
import org.isnad.screening.ScreeningIndex;
import org.isnad.screening.Screener;
import org.isnad.screening.UnScImporter;
import org.isnad.screening.Watchlist;
import org.isnad.screening.WatchlistEntry;
import org.isnad.screening.WatchlistException;

/**
 * Speed: the UN list's import time (cold, then warm), and the latency of screening one name against a list of at
 * least 30,000 names, built by combining and varying the real list's names (the words of one entry's name mixed
 * with another's, with a letter changed) with a fixed random seed. Queries are real names of the list (Latin and
 * Arabic script) with one letter changed; latencies are measured per query after {@link #WARM_UP_ROUNDS} warm-up
 * rounds of the same queries, and again in the steady state, once a whole round of queries compiles (almost) nothing
 * more.
 */
public final class SpeedBench {
    /** Rounds of the query set run before the timed round. */
    static final int WARM_UP_ROUNDS = 3;

    private SpeedBench() {
    }

    public static void report(Path unXml, int targetNames, int queries, PrintStream out)
            throws IOException, WatchlistException {
        long c0 = System.nanoTime();
        Watchlist un = new UnScImporter().read(unXml);
        long c1 = System.nanoTime();
        long warmBest = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            new UnScImporter().read(unXml);
            warmBest = Math.min(warmBest, System.nanoTime() - t);
        }
        out.printf(Locale.ROOT, "UN list import (%d entries): first in this JVM %d ms, warm best of 5 %d ms "
                + "(load average %.1f on %d cores)%n", un.entries().size(), (c1 - c0) / 1_000_000, warmBest / 1_000_000,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());

        Random rnd = new Random(42);
        List<String> realNames = new ArrayList<>();
        un.entries().forEach(e -> e.allNames().forEach(a -> realNames.add(a.name())));
        Watchlist big = synthetic(un, realNames, targetNames, rnd);
        long b0 = System.nanoTime();
        ScreeningIndex index = new ScreeningIndex(List.of(un, big));
        long b1 = System.nanoTime();
        Screener screener = new Screener(index);
        out.printf(Locale.ROOT, "index: %d names (UN + synthetic), built in %d ms%n", index.size(), (b1 - b0) / 1_000_000);

        List<String> qs = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            qs.add(vary(realNames.get(rnd.nextInt(realNames.size())), rnd));
        }
        // warm-up: the same queries, WARM_UP_ROUNDS times (on a loaded machine one round leaves the JIT unfinished)
        for (int r = 0; r < WARM_UP_ROUNDS; r++) {
            for (String q : qs) {
                screener.screen(q, NameKind.ANY, 0.7, 5);
            }
        }
        // timed twice: with the word-romanisation cache emptied first (words repeat only within the round), then
        // warm (every query's words seen before, as in a long-running service screening recurring names)
        org.isnad.names.Romanizer.clearWordCache();
        timed(screener, qs, "word cache emptied before the round", out);
        timed(screener, qs, "word cache warm", out);
        // then the steady state: rounds go on until a whole round compiles (almost) nothing more, so that the
        // JIT's timing on a shared machine no longer decides the figure (fixed-count warm-ups end while C2 is
        // still compiling the hot path on 2 busy cores)
        int settled = settle(screener, qs, out);
        org.isnad.names.Romanizer.clearWordCache();
        timed(screener, qs, "JIT settled after " + settled + " rounds, word cache emptied before the round", out);
        timed(screener, qs, "JIT settled, word cache warm", out);
        out.printf(Locale.ROOT, "load average after the timed queries: %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        agreement(screener, qs.subList(0, Math.min(200, qs.size())), out);
        baseline(index, qs.subList(0, Math.min(200, qs.size())), out);
    }

    /** Most rounds {@link #settle} runs. */
    static final int MAX_SETTLE_ROUNDS = 20;
    /** JIT compilation time (ms) within one round below which the compiled code is taken as settled. */
    static final long SETTLED_COMPILE_MS = 5;

    /**
     * Runs the queries round after round until the JIT spends less than {@value #SETTLED_COMPILE_MS} ms compiling
     * during a whole round (at most {@value #MAX_SETTLE_ROUNDS} rounds); returns how many rounds ran, and prints
     * the compilation time of the last one.
     */
    private static int settle(Screener screener, List<String> qs, PrintStream out) {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long t0 = System.nanoTime();
        long last = Long.MAX_VALUE;
        int rounds = 0;
        while (rounds < MAX_SETTLE_ROUNDS && last >= SETTLED_COMPILE_MS) {
            long before = jit.getTotalCompilationTime();
            for (String q : qs) {
                screener.screen(q, NameKind.ANY, 0.7, 5);
            }
            last = jit.getTotalCompilationTime() - before;
            rounds++;
        }
        out.printf(Locale.ROOT, "steady state: %d more rounds (%.1f s), %d ms of JIT compilation in the last one%n",
                rounds, (System.nanoTime() - t0) / 1e9, last);
        return rounds;
    }

    private static void timed(Screener screener, List<String> qs, String label, PrintStream out) {
        long[] ns = new long[qs.size()];
        long[] cpu = new long[qs.size()];
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int hits = 0;
        for (int i = 0; i < qs.size(); i++) {
            long c = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            hits += screener.screen(qs.get(i), NameKind.ANY, 0.7, 5).isEmpty() ? 0 : 1;
            ns[i] = System.nanoTime() - t;
            cpu[i] = mx.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(ns);
        Arrays.sort(cpu);
        out.printf(Locale.ROOT, "screen one name (%s), thread CPU time (less sensitive to other processes): p50 %.3f ms, "
                        + "p95 %.3f ms, p99 %.3f ms%n", label, cpu[cpu.length / 2] / 1e6,
                cpu[(int) (cpu.length * 0.95)] / 1e6, cpu[(int) (cpu.length * 0.99)] / 1e6);
        out.printf(Locale.ROOT, "screen one name (%s; %d queries, one thread, after " + WARM_UP_ROUNDS
                        + " warm-up rounds): p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms; %d queries with a "
                        + "candidate >= 0.7%n", label,
                ns.length, ns[ns.length / 2] / 1e6, ns[(int) (ns.length * 0.95)] / 1e6,
                ns[(int) (ns.length * 0.99)] / 1e6, ns[ns.length - 1] / 1e6, hits);
    }

    /** What blocking costs in recall: the blocked screen against scoring every name with the same matcher. */
    private static void agreement(Screener screener, List<String> qs, PrintStream out) {
        int found = 0;
        int all = 0;
        int same = 0;
        long[] ns = new long[qs.size()];
        for (int i = 0; i < qs.size(); i++) {
            List<String> blocked = screener.screen(qs.get(i), NameKind.ANY, 0.7, 5).stream()
                    .map(c -> c.reference() + " " + c.score()).toList();
            long t = System.nanoTime();
            List<String> every = screener.screenExhaustive(qs.get(i), NameKind.ANY, 0.7, 5).stream()
                    .map(c -> c.reference() + " " + c.score()).toList();
            ns[i] = System.nanoTime() - t;
            all += every.size();
            found += (int) every.stream().filter(blocked::contains).count();
            same += blocked.equals(every) ? 1 : 0;
        }
        Arrays.sort(ns);
        out.printf(Locale.ROOT, "exhaustive isnad (same matcher, every name scored, %d queries): p50 %.3f ms, p99 %.3f ms; "
                        + "its candidates >= 0.7 found by the blocked screen: %d/%d; identical top-5 lists: %d/%d%n",
                qs.size(), ns[ns.length / 2] / 1e6, ns[(int) (ns.length * 0.99)] / 1e6, found, all, same, qs.size());
    }

    /** Same-run reference: exhaustive ICU + Jaro-Winkler over every indexed name, no blocking. */
    private static void baseline(ScreeningIndex index, List<String> qs, PrintStream out) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            texts.add(org.isnad.names.Romanizer.toAscii(index.name(i).alias().name()));
        }
        long[] ns = new long[qs.size()];
        double sink = 0;
        for (int i = 0; i < qs.size(); i++) {
            long t = System.nanoTime();
            String q = org.isnad.names.Romanizer.toAscii(qs.get(i));
            double best = 0;
            for (String x : texts) {
                best = Math.max(best, org.isnad.names.StringSimilarity.jaroWinkler(q, x));
            }
            sink += best;
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        out.printf(Locale.ROOT, "baseline, exhaustive ICU + Jaro-Winkler over all %d names (%d queries): p50 %.3f ms, "
                + "p99 %.3f ms (checksum %.1f)%n", texts.size(), ns.length, ns[ns.length / 2] / 1e6,
                ns[(int) (ns.length * 0.99)] / 1e6, sink);
    }

    /** A list of synthetic entries, three names each, until {@code target} names. */
    static Watchlist synthetic(Watchlist un, List<String> realNames, int target, Random rnd) {
        List<WatchlistEntry> entries = new ArrayList<>();
        int names = 0;
        while (names < target) {
            String a = mix(realNames, rnd);
            List<Alias> aliases = List.of(new Alias(vary(a, rnd), AliasQuality.GOOD, false),
                    new Alias(mix(realNames, rnd), AliasQuality.LOW, false));
            entries.add(new WatchlistEntry("SYN." + entries.size(), rnd.nextBoolean() ? EntryType.INDIVIDUAL
                    : EntryType.ENTITY, a, List.of(), aliases, "", List.of(), List.of(), List.of(),
                    ListingStatus.LISTED, un.version()));
            names += 3;
        }
        return new Watchlist("SYNTHETIC", "synthetic variations of the UN list", un.version(), "un", entries);
    }

    /** The first half of one real name's words followed by the second half of another's. */
    private static String mix(List<String> names, Random rnd) {
        String[] a = names.get(rnd.nextInt(names.size())).split("\\s+");
        String[] b = names.get(rnd.nextInt(names.size())).split("\\s+");
        List<String> out = new ArrayList<>(Arrays.asList(a).subList(0, (a.length + 1) / 2));
        out.addAll(Arrays.asList(b).subList(b.length / 2, b.length));
        return String.join(" ", out);
    }

    /** The name with one letter replaced by a neighbour letter of the same script. */
    static String vary(String name, Random rnd) {
        if (name.length() < 4) {
            return name;
        }
        int i = 1 + rnd.nextInt(name.length() - 2);
        char c = name.charAt(i);
        if (!Character.isLetter(c)) {
            return name;
        }
        char r = (char) (Character.isUpperCase(c) ? 'A' + rnd.nextInt(26)
                : c < 0x600 ? 'a' + rnd.nextInt(26) : c);
        return name.substring(0, i) + r + name.substring(i + 1);
    }
}
