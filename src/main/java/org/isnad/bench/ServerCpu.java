package org.isnad.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (user + system) of another process from Linux's {@code /proc/PID/stat}, and of this one, for benchmarks
 * that measure a server from its client. Clock ticks per second: system property {@code isnad.clk.tck} (what
 * {@code getconf CLK_TCK} prints), 100 by default.
 */
record ServerCpu(long pid) {
    private static final double TICKS = Double.parseDouble(System.getProperty("isnad.clk.tck", "100"));

    /** The process's CPU seconds so far. */
    double seconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) is in parentheses and may hold spaces: count fields after its end
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS; // utime, stime: fields 14 and 15
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the CPU time of process " + pid + ": " + e.getMessage(), e);
        }
    }

    /**
     * The process's CPU seconds so far by kind of thread, from {@code /proc/PID/task/*}: {@code requests} (Jetty's
     * pool: the handlers), {@code jit} (compiler threads), {@code gc} (collector threads), {@code other}. Threads that
     * ended are not counted.
     */
    java.util.Map<String, Double> byKind() {
        java.util.Map<String, Double> out = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path t : tasks.toList()) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double s = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS;
                String kind = name.startsWith("JettyServerThr") || name.startsWith("qtp") ? "requests"
                        : name.contains("Compiler") ? "jit"
                        : name.startsWith("GC ") || name.startsWith("G1 ") || name.startsWith("VM Thread")
                        ? "gc" : "other";
                out.merge(kind, s, Double::sum);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the threads of process " + pid + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** This JVM's CPU seconds so far. */
    static double own() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean m ? m.getProcessCpuTime() / 1e9 : 0;
    }
}
