package io.genreshift.ml.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The container format of a training checkpoint: a JSON header plus named binary sections, sealed by a CRC-32C.
 *
 * <pre>
 * "GSCKPT01" | int headerBytes | header (UTF-8 JSON) | int sections | (UTF name, payload)* | long crc32c-of-all-before
 * </pre>
 *
 * Writes go to a temporary sibling that is synced and then atomically renamed over the target, so a crash (even
 * {@code kill -9}) leaves either the old checkpoint or the new one, never a half-written file. The checkpoint being
 * replaced is kept as {@code <name>.previous}, so a checkpoint damaged later (disk, copy) still has a good
 * predecessor. Reads verify the checksum over the whole file before anything is parsed, so a damaged file cannot
 * half-restore a run; the refusal names the previous checkpoint when that one is intact.
 */
final class CheckpointFile {
    private static final byte[] MAGIC = "GSCKPT01".getBytes(StandardCharsets.US_ASCII);
    static final String PREVIOUS_SUFFIX = ".previous";

    /** Where a write is; the crash-safety test pauses there to kill the process inside the write window. */
    enum WritePhase { SECTIONS_HALF_WRITTEN, SYNCED_BEFORE_RENAME }

    /** Observes writes; only the crash-safety test sets one (see TrainingKillTest). */
    interface WriteObserver {
        void reached(WritePhase phase, Path file);
    }

    static volatile WriteObserver observer = (phase, file) -> { };

    /** Writes one section's payload. */
    @FunctionalInterface
    interface SectionWriter {
        void write(DataOutputStream out) throws IOException;
    }

    /** A named section to write. */
    record Section(String name, SectionWriter writer) {
    }

    private CheckpointFile() {
    }

    static void write(Path file, String headerJson, Section... sections) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream raw = Channels.newOutputStream(channel);
            CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 20), new CRC32C());
            DataOutputStream out = new DataOutputStream(checked);
            out.write(MAGIC);
            byte[] header = headerJson.getBytes(StandardCharsets.UTF_8);
            out.writeInt(header.length);
            out.write(header);
            out.writeInt(sections.length);
            for (int i = 0; i < sections.length; i++) {
                if (i == sections.length / 2) {
                    out.flush();
                    observer.reached(WritePhase.SECTIONS_HALF_WRITTEN, file);
                }
                out.writeUTF(sections[i].name());
                sections[i].writer().write(out);
            }
            out.flush();
            long crc = checked.getChecksum().getValue();
            DataOutputStream trailer = new DataOutputStream(raw);
            trailer.writeLong(crc);
            trailer.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        observer.reached(WritePhase.SYNCED_BEFORE_RENAME, file);
        keepAsPrevious(file);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static Path previousOf(Path file) {
        return file.resolveSibling(file.getFileName() + PREVIOUS_SUFFIX);
    }

    /**
     * Makes {@code file}'s current content the previous checkpoint without ever leaving {@code file} missing: a hard
     * link (a copy where links are not supported) under a temporary name, renamed atomically.
     */
    private static void keepAsPrevious(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return;
        Path previous = previousOf(file);
        Path link = previous.resolveSibling(previous.getFileName() + ".tmp");
        Files.deleteIfExists(link);
        try {
            Files.createLink(link, file);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(file, link, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(link, previous, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Opens a checkpoint after verifying its checksum; read the sections in the order they were written. */
    static Reader open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new CheckpointException(file, "does not exist");
        try {
            verifyChecksum(file);
        } catch (CheckpointException e) {
            throw withPrevious(file, e);
        }
        return new Reader(file);
    }

    /** The refusal, plus how to fall back to the previous checkpoint when that one is intact. */
    private static CheckpointException withPrevious(Path file, CheckpointException refusal) {
        Path previous = previousOf(file);
        if (!Files.isRegularFile(previous)) return refusal;
        try {
            verifyChecksum(previous);
        } catch (IOException e) {
            return refusal;
        }
        return new CheckpointException(file, refusal.problem() + ". The previous checkpoint " + previous.getFileName()
                + " is intact: rename it to " + file.getFileName() + " to resume from there (the run loses the steps in between)",
                refusal);
    }

    private static void verifyChecksum(Path file) throws IOException {
        long size = Files.size(file);
        if (size < MAGIC.length + 4 + 4 + 8) throw new CheckpointException(file, "is truncated (" + size + " bytes). Delete it to train from scratch, or restore a copy");
        CRC32C crc = new CRC32C();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new CheckpointException(file, "is not a GenreShift training checkpoint (wrong file signature)");
            }
            crc.update(magic);
            byte[] buf = new byte[1 << 20];
            long remaining = size - MAGIC.length - 8;
            while (remaining > 0) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, remaining));
                if (n < 0) throw new EOFException();
                crc.update(buf, 0, n);
                remaining -= n;
            }
            long stored = new DataInputStream(in).readLong();
            if (stored != crc.getValue()) {
                throw new CheckpointException(file, "is corrupt (checksum mismatch): it was damaged or cut short after "
                        + "it was written. Delete it to train from scratch, or restore a copy");
            }
        }
    }

    /** Sequential access to a verified checkpoint. */
    static final class Reader implements AutoCloseable {
        private final Path file;
        private final DataInputStream in;
        private final String header;
        private final int sectionCount;
        private int sectionsRead;

        private Reader(Path file) throws IOException {
            this.file = file;
            this.in = new DataInputStream(new CheckedInputStream(
                    new BufferedInputStream(Files.newInputStream(file), 1 << 20), new CRC32C()));
            in.readFully(new byte[MAGIC.length]);
            int headerBytes = in.readInt();
            if (headerBytes < 0 || headerBytes > 1 << 24) throw new CheckpointException(file, "has a damaged header");
            byte[] h = new byte[headerBytes];
            in.readFully(h);
            header = new String(h, StandardCharsets.UTF_8);
            sectionCount = in.readInt();
        }

        String header() {
            return header;
        }

        /** Positions the stream on the next section, which must be called {@code name}. */
        DataInputStream section(String name) throws IOException {
            if (sectionsRead >= sectionCount) throw new CheckpointException(file, "has no section '" + name + "'");
            String found = in.readUTF();
            sectionsRead++;
            if (!found.equals(name)) {
                throw new CheckpointException(file, "has section '" + found + "' where '" + name + "' was expected");
            }
            return in;
        }

        Path file() {
            return file;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
