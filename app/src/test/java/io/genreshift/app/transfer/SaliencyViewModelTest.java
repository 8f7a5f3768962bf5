package io.genreshift.app.transfer;

import io.genreshift.app.fakes.FakeTransferEngine;
import io.genreshift.app.fakes.Songs;
import io.genreshift.app.shell.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SaliencyViewModelTest {
    private final FakeTransferEngine engine = new FakeTransferEngine();
    private final VersionsViewModel versions = new VersionsViewModel();
    private final SaliencyViewModel vm = new SaliencyViewModel(engine, versions, () -> "classic", new CurrentThreadTaskExecutor());

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
    void defaultThresholdIsAQuarterOfTheMaximum() {
        versions.reset(Songs.scale(4));
        vm.enabledProperty().set(true);
        SaliencyScores s = vm.scoresProperty().get();
        assertThat(vm.thresholdProperty().get()).isEqualTo(0.25);
        assertThat(s.thresholdFor(vm.thresholdProperty().get())).isEqualTo(0.25 * s.max());
    }
}
