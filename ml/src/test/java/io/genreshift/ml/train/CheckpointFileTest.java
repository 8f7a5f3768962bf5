package io.genreshift.ml.train;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointFileTest {

    @TempDir
    Path dir;

    private Path writeSample() throws IOException {
        Path file = dir.resolve("checkpoint.bin");
        CheckpointFile.write(file, "{\"step\":42}",
                new CheckpointFile.Section("numbers", out -> {
                    for (int i = 0; i < 1000; i++) out.writeInt(i);
                }),
                new CheckpointFile.Section("text", out -> out.writeUTF("hello")));
        return file;
    }

    @Test
    void roundTripsHeaderAndSectionsAndLeavesNoTemporaryFile() throws IOException {
        Path file = writeSample();
        try (CheckpointFile.Reader r = CheckpointFile.open(file)) {
            assertThat(r.header()).isEqualTo("{\"step\":42}");
            var numbers = r.section("numbers");
            for (int i = 0; i < 1000; i++) assertThat(numbers.readInt()).isEqualTo(i);
            assertThat(r.section("text").readUTF()).isEqualTo("hello");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("checkpoint.bin");
        }
    }

    private static String headerOf(Path file) throws IOException {
        try (CheckpointFile.Reader r = CheckpointFile.open(file)) {
            return r.header();
        }
    }

    @Test
    void theReplacedCheckpointIsKeptAsThePreviousOne() throws IOException {
        Path file = dir.resolve("checkpoint.bin");
        CheckpointFile.write(file, "{\"step\":1}", new CheckpointFile.Section("a", out -> out.writeInt(1)));
        CheckpointFile.write(file, "{\"step\":2}", new CheckpointFile.Section("a", out -> out.writeInt(2)));
        CheckpointFile.write(file, "{\"step\":3}", new CheckpointFile.Section("a", out -> out.writeInt(3)));

        assertThat(headerOf(file)).isEqualTo("{\"step\":3}");
        assertThat(headerOf(CheckpointFile.previousOf(file))).isEqualTo("{\"step\":2}");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("checkpoint.bin", "checkpoint.bin.previous");
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesBothCheckpointsAsTheyWere() throws IOException {
        Path file = dir.resolve("checkpoint.bin");
        CheckpointFile.write(file, "{\"step\":1}", new CheckpointFile.Section("a", out -> out.writeInt(1)));
        CheckpointFile.write(file, "{\"step\":2}", new CheckpointFile.Section("a", out -> out.writeInt(2)));

        assertThatThrownBy(() -> CheckpointFile.write(file, "{\"step\":3}",
                new CheckpointFile.Section("a", out -> out.writeInt(3)),
                new CheckpointFile.Section("b", out -> {
                    throw new IOException("No space left on device");
                }))).hasMessageContaining("No space left on device");

        assertThat(headerOf(file)).isEqualTo("{\"step\":2}");
        assertThat(headerOf(CheckpointFile.previousOf(file))).isEqualTo("{\"step\":1}");
        assertThat(dir.resolve("checkpoint.bin.tmp")).doesNotExist();
    }

    @Test
    void aDamagedCheckpointIsRefusedAndThePreviousGoodOneIsNamedAndKept() throws IOException {
        Path file = dir.resolve("checkpoint.bin");
        CheckpointFile.write(file, "{\"step\":1}", new CheckpointFile.Section("a", out -> out.writeInt(1)));
        CheckpointFile.write(file, "{\"step\":2}", new CheckpointFile.Section("a", out -> out.writeInt(2)));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));

        assertThatThrownBy(() -> CheckpointFile.open(file)).isInstanceOf(CheckpointException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("corrupt")
                .hasMessageContaining("checkpoint.bin.previous is intact: rename it to checkpoint.bin");
        assertThat(headerOf(CheckpointFile.previousOf(file))).isEqualTo("{\"step\":1}");
    }

    @Test
    void aFlippedByteIsReportedAsCorruption() throws IOException {
        Path file = writeSample();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        assertThatThrownBy(() -> CheckpointFile.open(file))
                .isInstanceOf(CheckpointException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("corrupt");
    }

    @Test
    void aTruncatedFileIsReportedAsCorruption() throws IOException {
        Path file = writeSample();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertThatThrownBy(() -> CheckpointFile.open(file)).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("corrupt");
    }

    @Test
    void anotherFileIsNotMistakenForACheckpoint() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "this is not a checkpoint at all, just text");
        assertThatThrownBy(() -> CheckpointFile.open(file)).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("not a GenreShift training checkpoint");
    }

    @Test
    void sectionsMustBeReadInTheirWrittenOrder() throws IOException {
        Path file = writeSample();
        try (CheckpointFile.Reader r = CheckpointFile.open(file)) {
            assertThatThrownBy(() -> r.section("text")).isInstanceOf(CheckpointException.class)
                    .hasMessageContaining("'numbers' where 'text' was expected");
        }
    }
}
