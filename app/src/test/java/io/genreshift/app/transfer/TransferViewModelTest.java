package io.genreshift.app.transfer;

import io.genreshift.app.fakes.FakeTransferEngine;
import io.genreshift.app.fakes.RecordingDialogs;
import io.genreshift.app.fakes.Songs;
import io.genreshift.app.shell.CurrentThreadTaskExecutor;
import io.genreshift.core.model.Song;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

class TransferViewModelTest {
    private final FakeTransferEngine engine = new FakeTransferEngine();
    private final VersionsViewModel versions = new VersionsViewModel();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private TransferViewModel vm;
    private final Song song = Songs.scale(8);

    @BeforeEach
    void open() {
        vm = new TransferViewModel(engine, versions, dialogs, new CurrentThreadTaskExecutor());
        versions.reset(song);
    }

    @Test
    void detectedGenreIsTheSourceUntilOverridden() {
        vm.detect(song);
        assertThat(vm.sourceBinding().get()).isEqualTo("classic");
        assertThat(vm.detectedProperty().get().confidence()).isEqualTo(0.8);
        vm.sourceOverrideProperty().set("pop");
        assertThat(vm.sourceBinding().get()).isEqualTo("pop");
        vm.sourceOverrideProperty().set(null);
        assertThat(vm.sourceBinding().get()).isEqualTo("classic");
    }

    @Test
    void targetMovesAwayFromTheSource() {
        vm.targetProperty().set("classic");
        vm.detect(song);
        assertThat(vm.targetProperty().get()).isNotEqualTo("classic");
    }

    @Test
    void snIsTheDefaultAndMissingVariantsFallBack() {
        vm.detect(song);
        assertThat(vm.variantProperty().get()).isEqualTo(ModelVariant.SN);
        engine.variants = EnumSet.of(ModelVariant.SA);
        vm.targetProperty().set("pop");
        assertThat(vm.availableVariants()).containsExactly(ModelVariant.SA);
        assertThat(vm.variantProperty().get()).isEqualTo(ModelVariant.SA);
    }

    @Test
    void transferAddsANamedVersionWithTheSettings() {
        vm.detect(song);
        vm.targetProperty().set("jazz");
        vm.thresholdProperty().set(0.3);
        vm.keepMelodyProperty().set(true);
        vm.transfer();
        assertThat(engine.requests).containsExactly(new TransferRequest("classic", "jazz", ModelVariant.SN, 0.3, true));
        assertThat(versions.versions()).hasSize(2);
        SongVersion made = versions.selectedTransfer().orElseThrow();
        assertThat(made.name()).isEqualTo("Transferred → jazz (SN)");
        // The version holds what the engine made (the fake transposes up a fifth), not the original.
        assertThat(made.song().notes()).extracting(n -> n.pitch())
                .containsExactlyElementsOf(song.notes().stream().map(n -> n.pitch() + 7).toList());
        assertThat(made.warning()).isEmpty();
        assertThat(versions.original().song()).isSameAs(song);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Made “Transferred → jazz (SN)”: " + made.result().change().added()
                + " cells added, " + made.result().change().removed() + " removed");
        assertThat(made.result().change().added()).isPositive();
    }

    @Test
    void aTransferWithoutNotesIsAddedWithAWarningThatSaysWhatToTry() {
        vm.detect(song);
        engine.writeNothing = true;

        vm.transfer();

        assertThat(dialogs.errors).isEmpty();
        SongVersion made = versions.selectedTransfer().orElseThrow();
        assertThat(made.song().notes()).isEmpty();
        assertThat(made.warning()).hasValueSatisfying(w -> assertThat(w)
                .startsWith("No pitched notes").contains("phrases 0-1 (bars 1-8) of 2").contains("lower threshold").contains("another variant"));
        assertThat(vm.statusProperty().get()).contains(made.warning().orElseThrow());
    }

    @Test
    void anEditedOriginalIsWhatGetsTransferred() {
        vm.detect(song);
        Song edited = song.withNotes(song.notes().subList(0, 3));
        versions.editOriginal(edited);
        vm.transfer();
        assertThat(versions.selectedTransfer().orElseThrow().song().notes()).hasSize(3);
    }

    @Test
    void noTransferWithoutAModel() {
        engine.variants = EnumSet.noneOf(ModelVariant.class);
        vm.detect(song);
        assertThat(vm.canTransferBinding().get()).isFalse();
        vm.transfer();
        assertThat(engine.requests).isEmpty();
    }

    @Test
    void aFailedTransferExplainsItselfAndAddsNothing() {
        vm.detect(song);
        engine.failWith = new IllegalStateException("generator classic->jazz (sn) is missing");
        vm.transfer();
        assertThat(versions.versions()).hasSize(1);
        assertThat(dialogs.errors).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("missing");
            assertThat(e.whatToTry()).isNotBlank();
        });
    }

    @Test
    void aCancelledTransferAddsNothing() {
        vm.detect(song);
        engine.cancelItself = true;
        vm.transfer();
        assertThat(versions.versions()).hasSize(1);
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.statusProperty().get()).contains("cancelled");
    }
}
