package io.genreshift.app.transfer;

import io.genreshift.app.fakes.FakeTransferEngine;
import io.genreshift.app.fakes.Songs;
import io.genreshift.app.shell.CancellationToken;
import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.PianoRoll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionsViewModelTest {
    private final VersionsViewModel vm = new VersionsViewModel();
    private final Song song = Songs.scale(4);

    private static TransferResult resultFor(Song s) {
        return new TransferResult(s.withTitle("t"), PianoRoll.empty(64), PianoRoll.empty(64), List.of(), List.of(), new ContentChange(0, 0, 0));
    }

    private static TransferRequest to(String genre, ModelVariant v) {
        return new TransferRequest("classic", genre, v, 0.5, false);
    }

    @Test
    void aTransferIsANewVersionAndTheOriginalStays() {
        vm.reset(song);
        SongVersion v = vm.addTransfer(resultFor(song), to("jazz", ModelVariant.SN), song);
        assertThat(v.name()).isEqualTo("Transferred → jazz (SN)");
        assertThat(vm.versions()).hasSize(2);
        assertThat(vm.original().song()).isSameAs(song);
        assertThat(vm.shownProperty().get()).isEqualTo(v);
        assertThat(vm.viewModeProperty().get()).isEqualTo(ViewMode.TRANSFERRED);
    }

    @Test
    void repeatedTransfersGetDistinctNames() {
        vm.reset(song);
        vm.addTransfer(resultFor(song), to("jazz", ModelVariant.SN), song);
        vm.addTransfer(resultFor(song), to("jazz", ModelVariant.SN), song);
        vm.addTransfer(resultFor(song), to("pop", ModelVariant.SA), song);
        assertThat(vm.versions()).extracting(SongVersion::name).containsExactly("Original",
                "Transferred → jazz (SN)", "Transferred → jazz (SN) #2", "Transferred → pop (SA)");
    }

    @Test
    void switchingVersionsAndViews() {
        vm.reset(song);
        vm.addTransfer(resultFor(song), to("jazz", ModelVariant.SN), song);
        vm.addTransfer(resultFor(song), to("pop", ModelVariant.SN), song);
        vm.select(0);
        assertThat(vm.shownProperty().get().isOriginal()).isTrue();
        vm.step(1);
        assertThat(vm.shownProperty().get().name()).contains("jazz");
        vm.step(1);
        assertThat(vm.shownProperty().get().name()).contains("pop");
        vm.step(1);
        assertThat(vm.shownProperty().get().isOriginal()).isTrue();
        vm.viewModeProperty().set(ViewMode.DIFF);
        assertThat(vm.shownProperty().get().name()).contains("pop");
    }

    @Test
    void diffViewNeedsATransfer() {
        vm.reset(song);
        vm.viewModeProperty().set(ViewMode.DIFF);
        assertThat(vm.viewModeProperty().get()).isEqualTo(ViewMode.ORIGINAL);
    }

    @Test
    void editsAndNewTransfersAreUnsavedUntilExported() {
        vm.reset(song);
        assertThat(vm.hasUnsaved()).isFalse();
        vm.editOriginal(song.withNotes(song.notes().subList(1, song.notes().size())));
        assertThat(vm.hasUnsaved()).isTrue();
        vm.markSaved(vm.original());
        assertThat(vm.hasUnsaved()).isFalse();
        SongVersion t = vm.addTransfer(resultFor(song), to("jazz", ModelVariant.SN), song);
        assertThat(vm.hasUnsaved()).isTrue();
        vm.markSaved(t);
        assertThat(vm.hasUnsaved()).isFalse();
    }

    @Test
    void aTransferCanBeRemovedButNotTheOriginal() {
        vm.reset(song);
        vm.addTransfer(resultFor(song), to("jazz", ModelVariant.SN), song);
        vm.addTransfer(resultFor(song), to("pop", ModelVariant.SN), song);
        vm.remove(2);
        assertThat(vm.versions()).extracting(SongVersion::name).containsExactly("Original", "Transferred → jazz (SN)");
        assertThat(vm.shownProperty().get().name()).contains("jazz");
        vm.remove(1);
        assertThat(vm.shownProperty().get().isOriginal()).isTrue();
        assertThat(vm.viewModeProperty().get()).isEqualTo(ViewMode.ORIGINAL);
        assertThatThrownBy(() -> vm.remove(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theComparisonFollowsEditsOfTheSelectedTransfer() {
        vm.reset(song);
        SongVersion t = vm.addTransfer(realTransferOf(song), to("jazz", ModelVariant.SN), song);
        TransferComparison fresh = vm.comparisonProperty().get();
        assertThat(fresh.change()).isEqualTo(t.result().change());

        List<Note> fewer = new ArrayList<>(t.song().notes());
        fewer.remove(0);
        vm.editShown(t.song().withNotes(fewer));

        TransferComparison edited = vm.comparisonProperty().get();
        assertThat(edited.change().added()).isLessThan(fresh.change().added());
        assertThat(edited).isEqualTo(TransferComparison.of(vm.selectedTransfer().orElseThrow()));
        assertThat(vm.selectedTransfer().orElseThrow().isEdited()).isTrue();
    }

    @Test
    void aTransferStaysComparedWithTheOriginalItWasMadeFromAndIsMarked() {
        vm.reset(song);
        SongVersion t = vm.addTransfer(realTransferOf(song), to("jazz", ModelVariant.SN), song);
        TransferComparison before = vm.comparisonProperty().get();
        assertThat(vm.isFromEarlierOriginal(t)).isFalse();

        vm.select(0);
        vm.editShown(song.withNotes(song.notes().subList(1, song.notes().size())));

        assertThat(vm.isFromEarlierOriginal(vm.selectedTransfer().orElseThrow())).isTrue();
        assertThat(vm.comparisonProperty().get()).isEqualTo(before);
        // Undoing the edit (the original as it was) clears the mark again.
        vm.editShown(song);
        assertThat(vm.isFromEarlierOriginal(vm.selectedTransfer().orElseThrow())).isFalse();
    }

    @Test
    void theDiffNumbersSayWhatTheyCompareWith() {
        vm.reset(song);
        assertThat(VersionsPanel.describeChange(vm)).startsWith("No transfer yet");
        SongVersion t = vm.addTransfer(realTransferOf(song), to("jazz", ModelVariant.SN), song);
        assertThat(VersionsPanel.describeChange(vm)).isEqualTo("Content change vs. original: " + DiffSummary.of(t.result().change()));

        vm.editShown(t.song().withNotes(t.song().notes().subList(1, t.song().notes().size())));
        assertThat(VersionsPanel.describeChange(vm)).endsWith("(with your edits)")
                .contains(DiffSummary.of(vm.comparisonProperty().get().change()));
        vm.select(0);
        vm.editShown(song.withNotes(List.of()));
        assertThat(VersionsPanel.describeChange(vm)).startsWith("Content change vs. the earlier original it was made from: ");
    }

    @Test
    void versionsKeepTheirIdThroughEditsAndSaves() {
        vm.reset(song);
        SongVersion t = vm.addTransfer(resultFor(song), to("jazz", ModelVariant.SN), song);
        vm.editShown(song.withNotes(List.of()));
        vm.markSaved(vm.selectedTransfer().orElseThrow());
        assertThat(vm.selectedTransfer().orElseThrow().id()).isEqualTo(t.id()).isNotEqualTo(vm.original().id());
    }

    private static TransferResult realTransferOf(Song s) {
        TransferRequest r = to("jazz", ModelVariant.SN);
        return new FakeTransferEngine().transfer(s, r, (f, t) -> { }, new CancellationToken());
    }

    @Test
    void resetForgetsTransfers() {
        vm.reset(song);
        vm.addTransfer(resultFor(song), to("jazz", ModelVariant.SN), song);
        vm.reset(Songs.scale(2));
        assertThat(vm.versions()).hasSize(1);
        assertThat(vm.selectedTransfer()).isEmpty();
    }
}
