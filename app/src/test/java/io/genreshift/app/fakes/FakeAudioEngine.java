package io.genreshift.app.fakes;

import io.genreshift.app.listen.AbPlayer;
import io.genreshift.app.listen.AudioAvailability;
import io.genreshift.app.listen.AudioEngine;
import io.genreshift.app.listen.RenderedAudio;
import io.genreshift.app.shell.CancellationToken;
import io.genreshift.app.shell.ProgressReporter;
import io.genreshift.core.model.Song;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An audio engine with a scripted clock: {@link Player#advance(double)} moves playback time. */
public final class FakeAudioEngine implements AudioEngine {
    public AudioAvailability availability = AudioAvailability.OK;
    public final List<Song> rendered = new ArrayList<>();
    public Player player;
    public Path soundfont;
    /** When set, WAV export goes here (a real renderer); otherwise a stub file is written. */
    public AudioEngine wavExporter;

    @Override
    public AudioAvailability probe() {
        return availability;
    }

    @Override
    public RenderedAudio render(Song song, ProgressReporter progress, CancellationToken cancel) {
        rendered.add(song);
        double seconds = song.durationSeconds();
        return () -> seconds;
    }

    @Override
    public void exportWav(Song song, Path wav, ProgressReporter progress, CancellationToken cancel) throws Exception {
        if (wavExporter != null) {
            wavExporter.exportWav(song, wav, progress, cancel);
            return;
        }
        Files.writeString(wav, "RIFF fake " + song.notes().size());
    }

    @Override
    public AbPlayer openPlayer(RenderedAudio a, RenderedAudio b) {
        player = new Player();
        return player;
    }

    @Override
    public void setSoundfont(Path soundfont) {
        this.soundfont = soundfont;
    }

    /** Records what the view model asked of the player; its clock wraps at the loop's end, as core's player does. */
    public static final class Player implements AbPlayer {
        public boolean playing;
        public boolean b;
        public double position;
        public boolean closed;
        /** The loop in seconds, or NaN when there is none. */
        public double loopStart = Double.NaN;
        public double loopEnd = Double.NaN;
        public final List<String> calls = new ArrayList<>();

        public void advance(double seconds) {
            if (!playing) return;
            double before = position;
            position += seconds;
            if (before < loopEnd && position >= loopEnd) {
                position = loopStart + (position - loopEnd) % (loopEnd - loopStart);
            }
        }

        @Override
        public void play() {
            playing = true;
            calls.add("play");
        }

        @Override
        public void pause() {
            playing = false;
            calls.add("pause");
        }

        @Override
        public void stop() {
            playing = false;
            position = 0;
            calls.add("stop");
        }

        @Override
        public void seek(double seconds) {
            position = seconds;
            calls.add("seek " + seconds);
        }

        @Override
        public double positionSeconds() {
            return position;
        }

        @Override
        public boolean isPlaying() {
            return playing;
        }

        @Override
        public void useB(boolean useB) {
            b = useB;
            calls.add("useB " + useB);
        }

        @Override
        public void setLoop(double startSeconds, double endSeconds) {
            loopStart = startSeconds;
            loopEnd = endSeconds;
            calls.add("loop " + startSeconds + ".." + endSeconds);
        }

        @Override
        public void clearLoop() {
            loopStart = Double.NaN;
            loopEnd = Double.NaN;
            calls.add("clearLoop");
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
