package io.genreshift.ml.bench;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Process memory and the number of live arrays of the models' manager at one moment; two snapshots around many
 * iterations show whether memory stays flat.
 *
 * @param residentBytes the process's resident set (Linux {@code VmRSS}), or -1 where unavailable
 * @param heapCommittedBytes the Java heap the JVM has committed (part of the resident set; it grows lazily up to
 *     {@code -Xmx}, so RSS minus this is the native part: MXNet's arrays and its memory pool)
 * @param managedArrays arrays owned by the manager and its open sub-managers
 */
public record MemorySnapshot(long residentBytes, long heapCommittedBytes, int managedArrays) {

    /**
     * Takes a snapshot after a full garbage collection, so that native buffers held only by unreachable Java objects
     * (JNA's argument memory for every operator call) are released and do not read as a leak.
     */
    public static MemorySnapshot of(NDManager manager) {
        System.gc();
        return new MemorySnapshot(readResidentBytes(), Runtime.getRuntime().totalMemory(),
                manager.getManagedArrays().size());
    }

    private static long readResidentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
