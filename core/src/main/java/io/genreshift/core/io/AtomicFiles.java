package io.genreshift.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file so that a crash or an error leaves either the old or the new content, never half of it. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the whole content to the given temp file (next to the target, on the same file system). */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(Path temp) throws IOException;
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, temp -> Files.writeString(temp, content, StandardCharsets.UTF_8));
    }

    public static void writeBytes(Path target, byte[] content) throws IOException {
        write(target, temp -> Files.write(temp, content));
    }

    /** Writes to a temp file in the target's folder, then renames it over the target; the temp file never survives. */
    public static void write(Path target, ContentWriter writer) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            shareable(temp);
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

    /** Temp files are private (0600); the result is data for other tools and people, so make it rw-r--r--. */
    private static void shareable(Path temp) throws IOException {
        if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
