package io.genreshift.cli;

import io.genreshift.ml.io.ModelLibraryFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line on a library with one damaged model (docs/reliability.md, probe "model files"): a command that
 * needs that model fails with exit code 1 and one line naming the file, what is wrong and what to do, never a stack
 * trace; commands that need other models still work, with one warning line for an unusable sidecar.
 */
class DamagedModelsCliTest {
    private static final String WEIGHTS = "generator-classic-to-jazz-sn.params";
    private static final String SIDECAR = "generator-classic-to-jazz-sn.json";

    @TempDir
    static Path pristine;

    @TempDir
    Path dir;

    private Path models;
    private Path song;
    private final CliRun cli = new CliRun();

    @BeforeAll
    static void untrainedModels() throws Exception {
        ModelLibraryFixtures.create(pristine);
    }

    @BeforeEach
    void copy() throws IOException {
        models = Files.createDirectory(dir.resolve("models"));
        try (Stream<Path> files = Files.list(pristine)) {
            for (Path f : files.toList()) Files.copy(f, models.resolve(f.getFileName()));
        }
        song = SongFiles.write(dir.resolve("in.mid"), 4, 7);
    }

    private int transfer(String to) {
        return cli.execute("transfer", song.toString(), "--from", "classic", "--to", to,
                "-o", dir.resolve("out-" + to + ".mid").toString(), "--models", models.toString());
    }

    /** Exactly one error line, no stack trace. */
    private void assertOneErrorLine(String... fragments) {
        String[] lines = cli.err().strip().split("\n");
        String error = Arrays.stream(lines).filter(l -> l.contains("error: ")).findFirst().orElseThrow(() -> new AssertionError(cli.err()));
        assertThat(Arrays.stream(lines).filter(l -> l.contains("error: "))).hasSize(1);
        assertThat(cli.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(error).contains(fragments);
    }

    @Test
    void aFlippedByteNamesTheFileAndTheOtherDirectionsStillWork() throws IOException {
        byte[] bytes = Files.readAllBytes(models.resolve(WEIGHTS));
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(models.resolve(WEIGHTS), bytes);

        assertThat(transfer("jazz")).isEqualTo(1);
        assertOneErrorLine(WEIGHTS, "the weights are corrupt or were replaced", "Copy the model again");
        assertThat(dir.resolve("out-jazz.mid")).doesNotExist();

        assertThat(transfer("pop")).as(cli.err()).isZero();
        assertThat(dir.resolve("out-pop.mid")).isRegularFile();
    }

    @Test
    void weightsSwappedWithAnotherModelsAreRefused() throws IOException {
        Files.copy(models.resolve("generator-jazz-to-classic-sn.params"), models.resolve(WEIGHTS), StandardCopyOption.REPLACE_EXISTING);

        assertThat(transfer("jazz")).isEqualTo(1);
        assertOneErrorLine(WEIGHTS, "the weights are corrupt or were replaced");
    }

    @Test
    void anInvalidSidecarIsAWarningAndTheModelIsReportedMissing() throws IOException {
        Files.writeString(models.resolve(SIDECAR), "{ \"format_version\": 1, \"model\": ");

        assertThat(transfer("pop")).as(cli.err()).isZero();
        assertThat(cli.err()).contains("warning: skipping " + models.resolve(SIDECAR) + ": the sidecar is not valid JSON")
                .doesNotContain("\tat ");

        assertThat(transfer("jazz")).isEqualTo(1);
        assertOneErrorLine("no generator classic->jazz (sn)");
    }

    @Test
    void oneDirectionMissingIsNamedByTheCommandThatNeedsIt() throws IOException {
        Files.delete(models.resolve(WEIGHTS));
        Files.delete(models.resolve(SIDECAR));

        assertThat(transfer("jazz")).isEqualTo(1);
        assertOneErrorLine("no generator classic->jazz (sn)", models.toString());
    }

    @Test
    void evaluateNamesADamagedClassifier() throws Exception {
        Path classifier = models.resolve("classifier-classic-jazz.params");
        if (!Files.exists(classifier)) classifier = models.resolve("classifier-jazz-classic.params");
        byte[] bytes = Files.readAllBytes(classifier);
        Files.write(classifier, Arrays.copyOf(bytes, bytes.length - 10));
        for (String genre : new String[]{"classic", "jazz"}) {
            SongFiles.write(dir.resolve(genre).resolve(genre + ".mid"), 8, genre.length());
        }

        int exit = cli.execute("evaluate", "--corpus", "classic=" + dir.resolve("classic"), "--corpus", "jazz=" + dir.resolve("jazz"),
                "--pair", "classic,jazz", "--models", models.toString());

        assertThat(exit).isEqualTo(1);
        assertOneErrorLine(classifier.getFileName().toString(), (bytes.length - 10) + " bytes");
    }
}
