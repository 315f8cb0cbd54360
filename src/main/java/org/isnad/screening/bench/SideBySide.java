package org.isnad.screening.bench;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Screening latency of several builds in one JVM, so that they see the same machine load: each jar is loaded in a
 * class loader of its own, builds the speed bench's index (the UN list and 30,000 synthetic names, {@link SpeedBench})
 * and its 2,000 queries, runs four warm-up rounds, then the builds' timed rounds alternate. Prints thread CPU time
 * per query (p50, p95, p99) for each round with the load average, then each build's median p99 and p50 over rounds.
 * Uses only what every build since the speed bench has (by reflection), so a build of main can be one side:
 * <pre>  java -cp target/isnad.jar org.isnad.screening.bench.SideBySide ROUNDS UN.xml main.jar target/isnad.jar</pre>
 */
public final class SideBySide {
    private SideBySide() {
    }

    /** One build: its screener and queries, reached by reflection through its own class loader. */
    private static final class Side {
        final String name;
        final Object screener;
        final Method screen;
        final Object any;
        final List<String> queries = new ArrayList<>();

        Side(Path jar, Path unXml) throws Exception {
            name = jar.getFileName().toString();
            ClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> importer = cl.loadClass("org.isnad.screening.UnScImporter");
            Object un = importer.getMethod("read", Path.class).invoke(importer.getConstructor().newInstance(), unXml);
            List<String> real = new ArrayList<>();
            for (Object e : (List<?>) un.getClass().getMethod("entries").invoke(un)) {
                for (Object a : ((java.util.stream.Stream<?>) e.getClass().getMethod("allNames").invoke(e)).toList()) {
                    real.add((String) a.getClass().getMethod("name").invoke(a));
                }
            }
            Class<?> bench = cl.loadClass("org.isnad.screening.bench.SpeedBench");
            Method synthetic = bench.getDeclaredMethod("synthetic", cl.loadClass("org.isnad.screening.Watchlist"),
                    List.class, int.class, Random.class);
            synthetic.setAccessible(true);
            Random rnd = new Random(42);
            Object big = synthetic.invoke(null, un, real, 30_000, rnd);
            Object index = cl.loadClass("org.isnad.screening.ScreeningIndex").getConstructor(List.class)
                    .newInstance(List.of(un, big));
            Class<?> screenerClass = cl.loadClass("org.isnad.screening.Screener");
            screener = screenerClass.getConstructor(index.getClass()).newInstance(index);
            Class<?> kind = cl.loadClass("org.isnad.names.NameKind");
            any = kind.getField("ANY").get(null);
            screen = screenerClass.getMethod("screen", String.class, kind, double.class, int.class);
            Method vary = bench.getDeclaredMethod("vary", String.class, Random.class);
            vary.setAccessible(true);
            for (int i = 0; i < 2000; i++) {
                queries.add((String) vary.invoke(null, real.get(rnd.nextInt(real.size())), rnd));
            }
        }

        /** One round: thread CPU nanoseconds per query, sorted. */
        long[] round() throws Exception {
            var mx = ManagementFactory.getThreadMXBean();
            long[] cpu = new long[queries.size()];
            for (int i = 0; i < cpu.length; i++) {
                long c = mx.getCurrentThreadCpuTime();
                screen.invoke(screener, queries.get(i), any, 0.7, 5);
                cpu[i] = mx.getCurrentThreadCpuTime() - c;
            }
            Arrays.sort(cpu);
            return cpu;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SideBySide ROUNDS UN_XML JAR...");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        List<Side> sides = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            sides.add(new Side(Path.of(args[i]), Path.of(args[1])));
        }
        for (int r = 0; r < 4; r++) {
            for (Side s : sides) {
                s.round();
            }
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        Map<String, List<Double>> p99 = new LinkedHashMap<>();
        Map<String, List<Double>> p50 = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Side s : sides) {
                long[] c = s.round();
                double q50 = c[c.length / 2] / 1e6;
                double q99 = c[(int) (c.length * 0.99)] / 1e6;
                System.out.printf(Locale.ROOT, "%s round %d %-16s p50 %.3f p95 %.3f p99 %.3f ms (load %.1f)%n",
                        java.time.LocalTime.now().withNano(0), r, s.name, q50, c[(int) (c.length * 0.95)] / 1e6, q99,
                        os.getSystemLoadAverage());
                p99.computeIfAbsent(s.name, k -> new ArrayList<>()).add(q99);
                p50.computeIfAbsent(s.name, k -> new ArrayList<>()).add(q50);
            }
        }
        for (String k : p99.keySet()) {
            List<Double> v = p99.get(k);
            List<Double> w = p50.get(k);
            Collections.sort(v);
            Collections.sort(w);
            System.out.printf(Locale.ROOT, "%-16s p99 median %.3f (min %.3f, max %.3f); p50 median %.3f%n", k,
                    v.get(v.size() / 2), v.get(0), v.get(v.size() - 1), w.get(w.size() / 2));
        }
    }
}
