package io.diffpress.site;

import java.lang.management.ManagementFactory;

/**
 * Prints how long each phase of a build took to standard error when the system property
 * {@code diffpress.phases} is set ({@code java -Ddiffpress.phases -jar diffpress.jar build}): wall time,
 * and the CPU time of the whole process, which a shared machine disturbs less.
 */
public final class Phases {

    private static final boolean ON = System.getProperty("diffpress.phases") != null;
    private static long last = System.nanoTime();
    private static long lastCpu = cpu();

    private Phases() {
    }

    /** Ends the phase called {@code name}. */
    public static synchronized void mark(String name) {
        long now = System.nanoTime();
        long cpu = cpu();
        if (ON) {
            System.err.printf("phase %-40s %6d ms, cpu %6d ms%n", name, (now - last) / 1_000_000, (cpu - lastCpu) / 1_000_000);
        }
        last = now;
        lastCpu = cpu;
    }

    private static long cpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
