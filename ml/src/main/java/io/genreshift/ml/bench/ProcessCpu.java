package io.genreshift.ml.bench;

import java.lang.management.ManagementFactory;

/** CPU time of the whole process, native threads included (MXNet's OpenMP workers). */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Nanoseconds of CPU used by the process so far, or 0 where the JVM cannot tell. */
    static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }
}
