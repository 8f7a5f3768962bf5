package io.genreshift.app.transfer;

import io.genreshift.app.fakes.FakeTransferEngine;
import io.genreshift.app.fakes.ManualDebouncer;
import io.genreshift.app.fakes.QueuedTaskExecutor;
import io.genreshift.app.fakes.Songs;
import io.genreshift.app.shell.CancellationToken;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GenreStripViewModelTest {
    private final FakeTransferEngine engine = new FakeTransferEngine();
    private final VersionsViewModel versions = new VersionsViewModel();
    private final QueuedTaskExecutor ml = new QueuedTaskExecutor();
    private final ManualDebouncer debouncer = new ManualDebouncer();
    private final GenreStripViewModel vm = new GenreStripViewModel(engine, versions, ml, debouncer);
    private final TransferRequest request = new TransferRequest("classic", "jazz", ModelVariant.SN, 0.5, false);
    private SongVersion transfer;

    @BeforeEach
    void aTransferOnScreen() {
        Song original = Songs.scale(4);
        versions.reset(original);
        transfer = versions.addTransfer(engine.transfer(original, request, (f, t) -> { }, new CancellationToken()), request, original);
    }

    private Song shownSong() {
        return versions.shownProperty().get().song();
    }

    /** Drops the lowest note of the version on screen, as a delete in the roll does. */
    private Song deleteLowestNote() {
        List<Note> notes = shownSong().notes();
        Note lowest = notes.stream().min((a, b) -> Integer.compare(a.pitch(), b.pitch())).orElseThrow();
        Song edited = shownSong().withNotes(notes.stream().filter(n -> n != lowest).toList());
        versions.editShown(edited);
        return edited;
    }

    private List<PhraseGenreScores> judgedBy(Song song) {
        return new FakeTransferEngine().phraseScores(song, "classic", "jazz", new CancellationToken());
    }

    @Test
    void aFreshTransferShowsTheLanesItsTransferReported() {
        assertThat(vm.modelProperty().get().before()).isEqualTo(transfer.result().before());
        assertThat(vm.modelProperty().get().after()).isEqualTo(transfer.result().after());
        assertThat(vm.updatingProperty().get()).isFalse();
        assertThat(debouncer.hasPending()).isFalse();
    }

    @Test
    void editsAreJudgedOnceTheyPauseAndTheStripSaysItIsUpdatingMeanwhile() {
        deleteLowestNote();
        deleteLowestNote();
        Song last = deleteLowestNote();

        assertThat(vm.updatingProperty().get()).isTrue();
        assertThat(vm.modelProperty().get().after()).as("the old lane stays until the new verdict").isEqualTo(transfer.result().after());
        debouncer.flush();
        ml.runAll();

        assertThat(engine.judged).containsExactly(last);
        assertThat(vm.modelProperty().get().after()).isEqualTo(judgedBy(last)).isNotEqualTo(transfer.result().after());
        assertThat(vm.modelProperty().get().before()).isEqualTo(transfer.result().before());
        assertThat(vm.updatingProperty().get()).isFalse();
    }

    @Test
    void aNewerEditCancelsARunStillWaitingForTheWorker() {
        deleteLowestNote();
        debouncer.flush();
        Song newer = deleteLowestNote();
        debouncer.flush();
        assertThat(ml.queued()).isEqualTo(2);

        ml.runAll();

        assertThat(engine.judged).containsExactly(newer);
        assertThat(vm.modelProperty().get().after()).isEqualTo(judgedBy(newer));
        assertThat(vm.updatingProperty().get()).isFalse();
    }

    @Test
    void eachTransferKeepsItsJudgedLaneWhenTheUserSwitchesAway() {
        Song edited = deleteLowestNote();
        debouncer.flush();
        ml.runAll();
        versions.select(0);
        versions.select(1);

        assertThat(vm.modelProperty().get().after()).isEqualTo(judgedBy(edited));
        assertThat(debouncer.hasPending()).isFalse();
        assertThat(engine.judged).hasSize(1);
    }

    @Test
    void editingTheOriginalMarksTheStripWithoutChangingItsLanes() {
        versions.select(0);
        deleteLowestNote();

        GenreStripModel m = vm.modelProperty().get();
        assertThat(m.fromEarlierOriginal()).isTrue();
        assertThat(m.summary()).startsWith(GenreStripModel.EARLIER_ORIGINAL_NOTE);
        assertThat(m.before()).isEqualTo(transfer.result().before());
        assertThat(debouncer.hasPending()).as("the transfer itself did not change").isFalse();
    }

    @Test
    void aFailedVerdictIsReportedAndNotRetriedUntilTheNextEdit() {
        engine.phraseScoresFailure = new IllegalStateException("classifier file is damaged");
        deleteLowestNote();
        debouncer.flush();
        ml.runAll();

        assertThat(vm.problemProperty().get()).contains("classifier file is damaged");
        assertThat(vm.updatingProperty().get()).isFalse();
        assertThat(debouncer.hasPending()).isFalse();
        assertThat(ml.queued()).isZero();
    }
}
