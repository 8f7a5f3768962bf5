package io.genreshift.app.listen;

import io.genreshift.app.shell.CancellationToken;
import io.genreshift.app.shell.ProgressReporter;
import io.genreshift.core.model.Song;

import java.nio.file.Path;

/**
 * The listening features' door to core's audio: probe the output, render a song offline, export WAV, and play two
 * renders with a sample-accurate A/B switch. The app adapts core's GervillRenderer and PcmPlayer; tests use a fake.
 */
public interface AudioEngine {

    AudioAvailability probe();

    /** Renders {@code song} with the current soundfont. Slow; off the UI thread. */
    RenderedAudio render(Song song, ProgressReporter progress, CancellationToken cancel) throws Exception;

    /** Offline render to a WAV file (works without an audio device). */
    void exportWav(Song song, Path wav, ProgressReporter progress, CancellationToken cancel) throws Exception;

    /** A player over version A and, when not null, version B; throws when there is no output line. */
    AbPlayer openPlayer(RenderedAudio a, RenderedAudio b) throws Exception;

    /** Uses another SoundFont/DLS file from now on (null = automatic choice); later renders use it. */
    void setSoundfont(Path soundfont);
}
