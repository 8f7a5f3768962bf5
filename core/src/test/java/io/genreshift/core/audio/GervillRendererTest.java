package io.genreshift.core.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Offline rendering only: no audio device is needed (or used) here. */
class GervillRendererTest {
    private static final GervillRenderer BUILT_IN = new GervillRenderer(SoundfontSource.builtIn(), 0.5);

    @TempDir
    Path dir;

    @Test
    void rendersAudibleAudioAsLongAsTheSongPlusTail() throws Exception {
        // 4 beats at 120 BPM = 2 s, plus the 0.5 s tail
        PcmBuffer pcm = BUILT_IN.render(TestSequences.quarterNotes(4, 120));

        assertThat(pcm.frames()).isEqualTo(PcmBuffer.framesFor(2.5));
        assertThat(pcm.rms()).isGreaterThan(50);
    }

    @Test
    void lengthFollowsTheTempoMap() throws Exception {
        // same notes at half the tempo: twice as long
        PcmBuffer pcm = BUILT_IN.render(TestSequences.quarterNotes(4, 60));

        assertThat(pcm.durationSeconds()).isCloseTo(4.5, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void notesSoundWhereTheyAreAndTheReleaseTailFades() throws Exception {
        PcmBuffer pcm = new GervillRenderer(SoundfontSource.builtIn(), 2.0).render(TestSequences.quarterNotes(2, 120));

        // the note is playing during the first beat; well after the tail has started the sound has died away
        assertThat(rms(pcm, 0.1, 0.4)).isGreaterThan(10 * Math.max(1, rms(pcm, 2.5, 2.9)));
    }

    @Test
    void reportsProgressUpToOne() throws Exception {
        List<Double> progress = new ArrayList<>();

        BUILT_IN.render(TestSequences.quarterNotes(4, 120), progress::add, () -> false);

        assertThat(progress).isSorted().last().isEqualTo(1.0);
        assertThat(progress).hasSizeGreaterThan(1);
    }

    @Test
    void cancellingStopsTheRenderAndWritesNoFile() {
        Path wav = dir.resolve("out.wav");
        AtomicInteger polls = new AtomicInteger();

        assertThatThrownBy(() -> BUILT_IN.renderToWav(TestSequences.quarterNotes(8, 120), wav, f -> { },
                () -> polls.incrementAndGet() > 3)).isInstanceOf(CancellationException.class);
        assertThat(wav).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void wavFileRoundTrips() throws Exception {
        Path wav = dir.resolve("song.wav");

        BUILT_IN.renderToWav(TestSequences.quarterNotes(2, 120), wav, f -> { }, () -> false);
        PcmBuffer back = WavFiles.read(wav);

        assertThat(back.frames()).isEqualTo(PcmBuffer.framesFor(1.5));
        assertThat(back.rms()).isGreaterThan(50);
    }

    @Test
    void rendersWithTheInstalledGeneralMidiSoundfont() throws Exception {
        SoundfontSource system = SoundfontLocator.standard().locate(null);
        assumeThat(system.isBuiltIn()).as("a GM soundfont is installed (CI installs timgm6mb-soundfont)").isFalse();

        PcmBuffer pcm = new GervillRenderer(system, 0.5).render(TestSequences.quarterNotes(2, 120));

        assertThat(pcm.rms()).isGreaterThan(50);
    }

    @Test
    void refusesAbsurdlyLongSongs() throws Exception {
        assertThatThrownBy(() -> BUILT_IN.render(TestSequences.noteAt(25 * 60)))
                .isInstanceOf(AudioRenderException.class).hasMessageContaining("minutes");
    }

    private static double rms(PcmBuffer pcm, double fromSeconds, double toSeconds) {
        double sum = 0;
        long from = PcmBuffer.framesFor(fromSeconds);
        long to = PcmBuffer.framesFor(toSeconds);
        for (long f = from; f < to; f++) {
            double s = pcm.sample(f, 0);
            sum += s * s;
        }
        return Math.sqrt(sum / (to - from));
    }
}
