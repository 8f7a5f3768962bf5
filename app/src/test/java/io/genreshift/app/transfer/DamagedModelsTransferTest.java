package io.genreshift.app.transfer;

import io.genreshift.app.fakes.FakeTransferEngine;
import io.genreshift.app.fakes.RecordingDialogs;
import io.genreshift.app.fakes.Songs;
import io.genreshift.app.shell.CurrentThreadTaskExecutor;
import io.genreshift.app.shell.UserError;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.MusicianExport;
import io.genreshift.core.roll.PianoRollConverter;
import io.genreshift.ml.io.ModelLibrary;
import io.genreshift.ml.io.ModelLibraryFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor with one damaged model (docs/reliability.md, probe "model files"): one dialog names the file, what is
 * wrong and what to do, and transfers with the other models keep working. Runs the real {@link MlTransferEngine} on an
 * untrained fixture library.
 */
class DamagedModelsTransferTest {
    private static final String WEIGHTS = "generator-classic-to-jazz-sn.params";
    private static final String SIDECAR = "generator-classic-to-jazz-sn.json";

    @TempDir
    static Path pristine;

    @TempDir
    Path models;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final VersionsViewModel versions = new VersionsViewModel();
    private final Song song = Songs.scale(8);
    private MlTransferEngine engine;

    @BeforeAll
    static void untrainedModels() throws IOException {
        ModelLibraryFixtures.create(pristine);
    }

    @BeforeEach
    void copy() throws IOException {
        try (Stream<Path> files = Files.list(pristine)) {
            for (Path f : files.toList()) Files.copy(f, models.resolve(f.getFileName()));
        }
        versions.reset(song);
    }

    @AfterEach
    void close() {
        if (engine != null) engine.close();
    }

    private TransferViewModel open() throws IOException {
        engine = new MlTransferEngine(ModelLibrary.open(models), PianoRollConverter::toRoll,
                (s, roll) -> MusicianExport.apply(s, roll, MusicianExport.Drums.KEEP));
        TransferViewModel vm = new TransferViewModel(engine, versions, dialogs, new CurrentThreadTaskExecutor());
        vm.sourceOverrideProperty().set("classic");
        return vm;
    }

    @Test
    void anInvalidSidecarIsOneDialogAtStartAndTheOtherPairsStillTransfer() throws IOException {
        Files.writeString(models.resolve(SIDECAR), "{ \"format_version\": 1, \"model\": ");
        TransferViewModel vm = open();

        vm.reportModelProblems();

        assertThat(dialogs.errors).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("One model file could not be used");
            assertThat(e.reason()).contains(models.resolve(SIDECAR).toString()).contains("not valid JSON")
                    .contains("Restore the sidecar").doesNotContain("\n");
            assertThat(e.whatToTry()).contains("other models");
        });
        vm.targetProperty().set("jazz");
        assertThat(vm.availableVariants()).isEmpty();
        assertThat(vm.variantHintBinding().get()).contains("No classic → jazz models");

        vm.targetProperty().set("pop");
        vm.transfer();

        assertThat(versions.versions()).hasSize(2);
        assertThat(dialogs.errors).hasSize(1);
    }

    @Test
    void aFlippedByteIsADialogAtTheTransferThatNeedsItAndTheAppCarriesOn() throws IOException {
        byte[] bytes = Files.readAllBytes(models.resolve(WEIGHTS));
        bytes[bytes.length / 2] ^= 0x08;
        Files.write(models.resolve(WEIGHTS), bytes);
        TransferViewModel vm = open();
        vm.reportModelProblems();
        assertThat(dialogs.errors).as("weights are only verified when loaded").isEmpty();

        vm.targetProperty().set("jazz");
        vm.transfer();

        assertThat(dialogs.errors).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("The transfer did not finish");
            assertThat(e.reason()).contains(models.resolve(WEIGHTS).toString()).contains("the weights are corrupt or were replaced")
                    .contains("Copy the model again");
        });
        assertThat(versions.versions()).hasSize(1);
        assertThat(vm.runningProperty().get()).isFalse();

        vm.targetProperty().set("pop");
        vm.transfer();

        assertThat(versions.versions()).hasSize(2);
        assertThat(dialogs.errors).hasSize(1);
    }

    @Test
    void severalProblemsAreOneDialogAndNoneIsNoDialog() {
        FakeTransferEngine fake = new FakeTransferEngine();
        TransferViewModel vm = new TransferViewModel(fake, versions, dialogs, new CurrentThreadTaskExecutor());
        vm.reportModelProblems();
        assertThat(dialogs.errors).isEmpty();

        fake.problems = List.of("a.json: the sidecar is not valid JSON. Restore it", "b.params: its sidecar b.json is missing. Copy it");
        vm.reportModelProblems();

        assertThat(dialogs.errors).extracting(UserError::title).containsExactly("2 model files could not be used");
        assertThat(dialogs.errors.get(0).reason()).contains("a.json").contains("b.params");
    }
}
