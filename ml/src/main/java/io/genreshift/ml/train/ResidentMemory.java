package io.genreshift.ml.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The resident set size of this process (Java heap plus native memory such as MXNet's), from
 * {@code /proc/self/status}. MXNet's pooled allocator keeps freed blocks for reuse, so the value levels off rather than
 * dropping; a leak shows as steady growth.
 */
final class ResidentMemory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private ResidentMemory() {
    }

    /** Megabytes, or -1 where {@code /proc} is unavailable (not Linux). */
    static double megabytes() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
