package io.genreshift.app.listen;

import io.genreshift.app.shell.CancellationToken;
import io.genreshift.app.shell.ProgressReporter;
import io.genreshift.core.audio.AudioOutput;
import io.genreshift.core.audio.GervillRenderer;
import io.genreshift.core.audio.LoopRegion;
import io.genreshift.core.audio.PcmBuffer;
import io.genreshift.core.audio.PcmPlayer;
import io.genreshift.core.audio.SoundfontLocator;
import io.genreshift.core.audio.Take;
import io.genreshift.core.model.Song;

import javax.sound.midi.Sequence;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * {@link AudioEngine} on core's audio: Gervill renders offline (no device needed), {@link PcmPlayer} plays two
 * aligned renders and switches between them at the same frame.
 */
public final class GervillAudioEngine implements AudioEngine {
    private final Function<Song, Sequence> toSequence;
    private volatile Path soundfont;

    /** @param toSequence core's Song → MIDI sequence conversion */
    public GervillAudioEngine(Function<Song, Sequence> toSequence, Path soundfont) {
        this.toSequence = Objects.requireNonNull(toSequence);
        this.soundfont = soundfont;
    }

    @Override
    public AudioAvailability probe() {
        AudioOutput out = AudioOutput.probe();
        return out.available() ? AudioAvailability.OK : AudioAvailability.unavailable(out.message());
    }

    @Override
    public RenderedAudio render(Song song, ProgressReporter progress, CancellationToken cancel) throws Exception {
        PcmBuffer pcm = renderer().render(toSequence.apply(song),
                f -> progress.report(f, "Rendering audio…"), cancel::isCancelled);
        return new Rendered(pcm);
    }

    @Override
    public void exportWav(Song song, Path wav, ProgressReporter progress, CancellationToken cancel) throws Exception {
        renderer().renderToWav(toSequence.apply(song), wav, f -> progress.report(f, "Rendering WAV…"), cancel::isCancelled);
    }

    @Override
    public AbPlayer openPlayer(RenderedAudio a, RenderedAudio b) throws Exception {
        PcmPlayer player = PcmPlayer.open();
        PcmBuffer pa = ((Rendered) a).pcm();
        player.load(pa, b == null ? pa : ((Rendered) b).pcm());
        return new PcmAbPlayer(player);
    }

    @Override
    public void setSoundfont(Path soundfont) {
        this.soundfont = soundfont;
    }

    private GervillRenderer renderer() throws Exception {
        return new GervillRenderer(SoundfontLocator.standard().locate(soundfont));
    }

    private record Rendered(PcmBuffer pcm) implements RenderedAudio {
        @Override
        public double durationSeconds() {
            return pcm.durationSeconds();
        }
    }

    private record PcmAbPlayer(PcmPlayer player) implements AbPlayer {
        @Override
        public void play() {
            player.play();
        }

        @Override
        public void pause() {
            player.pause();
        }

        @Override
        public void stop() {
            player.stop();
        }

        @Override
        public void seek(double seconds) {
            player.seekSeconds(seconds);
        }

        @Override
        public double positionSeconds() {
            return player.positionSeconds();
        }

        @Override
        public boolean isPlaying() {
            return player.isPlaying();
        }

        @Override
        public void useB(boolean b) {
            player.select(b ? Take.B : Take.A);
        }

        @Override
        public void setLoop(double startSeconds, double endSeconds) {
            player.setLoop(LoopRegion.ofSeconds(startSeconds, endSeconds));
        }

        @Override
        public void clearLoop() {
            player.clearLoop();
        }

        @Override
        public void close() {
            player.close();
        }
    }
}
