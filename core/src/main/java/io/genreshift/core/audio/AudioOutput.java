package io.genreshift.core.audio;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.SourceDataLine;
import java.util.function.Predicate;

/**
 * Whether this machine can play audio, checked once at start-up so the app can disable Play and A/B with a clear
 * reason instead of failing on the first click (on a headless box there is no mixer at all).
 *
 * @param available true if a line for {@link PcmBuffer#FORMAT} is supported
 * @param message   a sentence for the user, e.g. for a tooltip
 */
public record AudioOutput(boolean available, String message) {
    public static final String NO_OUTPUT = "No audio output device – use Export WAV instead";

    /** Never throws: any failure to ask counts as "no audio output". */
    public static AudioOutput probe() {
        return probe(AudioSystem::isLineSupported);
    }

    /** {@link #probe()} with the question to the sound system passed in, so the no-device answer can be tested anywhere. */
    static AudioOutput probe(Predicate<DataLine.Info> lineSupported) {
        try {
            boolean supported = lineSupported.test(new DataLine.Info(SourceDataLine.class, PcmBuffer.FORMAT));
            return supported ? new AudioOutput(true, "Audio output ready") : new AudioOutput(false, NO_OUTPUT);
        } catch (RuntimeException | LinkageError e) {
            return new AudioOutput(false, NO_OUTPUT + " (" + e.getMessage() + ")");
        }
    }
}
