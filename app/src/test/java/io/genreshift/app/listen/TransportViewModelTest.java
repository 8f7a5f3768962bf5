package io.genreshift.app.listen;

import io.genreshift.app.fakes.FakeAudioEngine;
import io.genreshift.app.fakes.RecordingDialogs;
import io.genreshift.app.fakes.Songs;
import io.genreshift.app.shell.CurrentThreadTaskExecutor;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TransportViewModelTest {
    private final FakeAudioEngine engine = new FakeAudioEngine();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Song original = Songs.scale(8);
    private final Song transfer = original.withNotes(original.notes().subList(0, 10));

    private TransportViewModel vm() {
        return new TransportViewModel(engine, dialogs, new CurrentThreadTaskExecutor());
    }

    @Test
    void bothVersionsAreRenderedBeforePlaybackStarts() {
        TransportViewModel vm = vm();
        vm.setVersions(original, transfer);
        assertThat(engine.rendered).isEmpty();
        vm.playPause();
        assertThat(engine.rendered).containsExactly(original, transfer);
        assertThat(vm.stateProperty().get()).isEqualTo(PlaybackState.PLAYING);
        assertThat(engine.player.playing).isTrue();
    }

    @Test
    void abSwitchKeepsThePositionAndSwitchesBuffers() {
        TransportViewModel vm = vm();
        vm.setVersions(original, transfer);
        vm.playPause();
        engine.player.advance(3.25);
        vm.poll();
        assertThat(vm.positionSecondsProperty().get()).isEqualTo(3.25);
        vm.toggleAb();
        assertThat(vm.sideProperty().get()).isEqualTo(AbSide.B);
        assertThat(engine.player.b).isTrue();
        assertThat(engine.player.playing).isTrue();
        assertThat(engine.player.calls).doesNotContain("pause", "stop");
        assertThat(vm.positionSecondsProperty().get()).isEqualTo(3.25);
        assertThat(engine.player.position).isEqualTo(3.25);
        // Same tempo map: the switch needs no seek, the player changes buffers at the same frame.
        assertThat(engine.player.calls.stream().filter(c -> c.startsWith("seek") && !c.equals("seek 0.0"))).isEmpty();
        vm.toggleAb();
        assertThat(engine.player.b).isFalse();
    }

    @Test
    void abKeepsTheMusicalPositionWhenTemposDiffer() {
        TransportViewModel vm = vm();
        Song faster = new Song("fast", 480, TempoMap.constant(480, 240), original.meters(), original.tracks(), original.notes(), 0);
        vm.setVersions(original, faster);
        vm.seek(4.0); // bar 3 at 120 BPM = tick 3840
        vm.toggleAb();
        assertThat(vm.positionTickProperty().get()).isEqualTo(3840);
        assertThat(vm.positionSecondsProperty().get()).isEqualTo(2.0);
    }

    @Test
    void withoutATransferThereIsNoAb() {
        TransportViewModel vm = vm();
        vm.setVersions(original, null);
        vm.toggleAb();
        assertThat(vm.sideProperty().get()).isEqualTo(AbSide.A);
        assertThat(vm.hasBProperty().get()).isFalse();
    }

    @Test
    void withoutAnAudioDevicePlaybackIsDisabledWithAReason() {
        engine.availability = AudioAvailability.unavailable("No audio output device – use Export WAV instead");
        TransportViewModel vm = vm();
        vm.setVersions(original, transfer);
        vm.playPause();
        assertThat(vm.playableProperty().get()).isFalse();
        assertThat(vm.unavailableReasonProperty().get()).contains("Export WAV");
        assertThat(engine.player).isNull();
        assertThat(engine.rendered).isEmpty();
    }

    @Test
    void theLoopIsHandedToThePlayerWhichWrapsAtItsEnd() {
        TransportViewModel vm = vm();
        vm.setVersions(original, null);
        vm.loopProperty().set(new LoopSpan(1920, 3840)); // bar 2: 2.0 s .. 4.0 s
        vm.loopingProperty().set(true);
        vm.seek(3.5);
        vm.playPause();
        assertThat(engine.player.calls).contains("loop 2.0..4.0");
        engine.player.advance(0.75);
        vm.poll();
        // The wrap is the player's, at the exact sample: 0.25 s past the end is 0.25 s into the loop.
        assertThat(vm.positionSecondsProperty().get()).isEqualTo(2.25);
        assertThat(vm.stateProperty().get()).isEqualTo(PlaybackState.PLAYING);
    }

    @Test
    void playingWithThePlayheadPastTheLoopStartsAtTheLoopStart() {
        TransportViewModel vm = vm();
        vm.setVersions(original, null);
        vm.loopProperty().set(new LoopSpan(1920, 3840));
        vm.loopingProperty().set(true);
        vm.seek(5.0);
        vm.playPause();
        assertThat(vm.positionSecondsProperty().get()).isEqualTo(2.0);
        assertThat(engine.player.position).isEqualTo(2.0);
    }

    @Test
    void turningTheLoopOnOrOffWhilePlayingReachesThePlayer() {
        TransportViewModel vm = vm();
        vm.setVersions(original, null);
        vm.loopProperty().set(new LoopSpan(1920, 3840));
        vm.playPause();
        assertThat(engine.player.calls).doesNotContain("loop 2.0..4.0");
        vm.loopingProperty().set(true);
        assertThat(engine.player.loopEnd).isEqualTo(4.0);
        vm.loopingProperty().set(false);
        assertThat(engine.player.loopEnd).isNaN();
        engine.player.advance(4.5);
        vm.poll();
        assertThat(vm.positionSecondsProperty().get()).isEqualTo(4.5);
    }

    @Test
    void theLoopCoversTheSameBarsInAVersionWithAnotherTempo() {
        TransportViewModel vm = vm();
        Song faster = new Song("fast", 480, TempoMap.constant(480, 240), original.meters(), original.tracks(), original.notes(), 0);
        vm.setVersions(original, faster);
        vm.loopProperty().set(new LoopSpan(1920, 3840)); // bar 2: 2.0 s .. 4.0 s at 120 BPM, 1.0 s .. 2.0 s at 240
        vm.loopingProperty().set(true);
        vm.seek(2.5);
        vm.playPause();
        vm.toggleAb();
        assertThat(engine.player.loopStart).isEqualTo(1.0);
        assertThat(engine.player.loopEnd).isEqualTo(2.0);
        assertThat(vm.positionSecondsProperty().get()).isEqualTo(1.25);
    }

    @Test
    void stopReturnsToTheStart() {
        TransportViewModel vm = vm();
        vm.setVersions(original, null);
        vm.playPause();
        engine.player.advance(5);
        vm.poll();
        vm.stop();
        assertThat(vm.stateProperty().get()).isEqualTo(PlaybackState.STOPPED);
        assertThat(vm.positionSecondsProperty().get()).isZero();
    }

    @Test
    void tempoIsShown() {
        TransportViewModel vm = vm();
        vm.setVersions(original, null);
        assertThat(vm.tempoTextBinding().get()).isEqualTo("120 BPM");
    }
}
