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

    /** This JVM's CPU seconds so far. */
    static double own() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean m ? m.getProcessCpuTime() / 1e9 : 0;
    }
}
