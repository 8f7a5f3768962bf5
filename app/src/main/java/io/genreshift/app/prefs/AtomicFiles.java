package io.genreshift.app.prefs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that a crash leaves either the old or the new content, never half of it. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** A writer of the whole content to a path; the path is the temp file next to the target. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(Path temp) throws IOException;
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, temp -> Files.writeString(temp, content, StandardCharsets.UTF_8));
    }

    /** Writes to a temp file in the target's folder (same file system), then renames it over the target. */
    public static void write(Path target, ContentWriter writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            writer.writeTo(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
