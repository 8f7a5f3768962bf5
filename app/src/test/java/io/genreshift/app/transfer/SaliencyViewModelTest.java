package io.genreshift.app.transfer;

import io.genreshift.app.fakes.FakeTransferEngine;
import io.genreshift.app.fakes.ManualDebouncer;
import io.genreshift.app.fakes.Songs;
import io.genreshift.app.shell.CurrentThreadTaskExecutor;
import io.genreshift.core.model.Song;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SaliencyViewModelTest {
    private final FakeTransferEngine engine = new FakeTransferEngine();
    private final VersionsViewModel versions = new VersionsViewModel();
    private final ManualDebouncer debouncer = new ManualDebouncer();
    private final SaliencyViewModel vm = new SaliencyViewModel(engine, versions, () -> "classic", new CurrentThreadTaskExecutor(), debouncer);

    @Test
    void overlayIsComputedWhenTurnedOnAndCachedPerSong() {
        versions.reset(Songs.scale(4));
        assertThat(vm.scoresProperty().get()).isNull();
        vm.enabledProperty().set(true);
        assertThat(vm.scoresProperty().get()).isNotNull();
        assertThat(vm.scoresProperty().get().genre()).isEqualTo("classic");
        vm.enabledProperty().set(false);
        assertThat(vm.scoresProperty().get()).isNull();
        vm.enabledProperty().set(true);
        assertThat(engine.saliencyCalls).isEqualTo(1);
    }

    @Test
    void whileTheUserEditsTheMapIsComputedOnceTheEditsPause() {
        versions.reset(Songs.scale(4));
        vm.enabledProperty().set(true);
        assertThat(engine.saliencyCalls).as("turning the overlay on computes at once").isEqualTo(1);

        Song edited = null;
        for (int i = 1; i <= 3; i++) {
            Song shown = versions.shownProperty().get().song();
            edited = shown.withNotes(shown.notes().subList(1, shown.notes().size()));
            versions.editShown(edited);
        }
        assertThat(engine.saliencyCalls).isEqualTo(1);
        assertThat(vm.scoresProperty().get()).isNull();
        assertThat(vm.computingProperty().get()).isTrue();

        debouncer.flush();
        assertThat(engine.saliencyCalls).isEqualTo(2);
        assertThat(vm.scoresProperty().get()).isNotNull();
        assertThat(versions.shownProperty().get().song()).isSameAs(edited);
        assertThat(vm.computingProperty().get()).isFalse();
    }

    @Test
    void defaultThresholdIsAQuarterOfTheMaximum() {
        versions.reset(Songs.scale(4));
        vm.enabledProperty().set(true);
        SaliencyScores s = vm.scoresProperty().get();
        assertThat(vm.thresholdProperty().get()).isEqualTo(0.25);
        assertThat(s.thresholdFor(vm.thresholdProperty().get())).isEqualTo(0.25 * s.max());
    }
}
