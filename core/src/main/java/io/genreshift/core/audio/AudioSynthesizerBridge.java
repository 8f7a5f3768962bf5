package io.genreshift.core.audio;

import javax.sound.midi.MidiUnavailableException;
import javax.sound.midi.Synthesizer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The project's only contact with {@code com.sun.media.sound}: Gervill's {@code AudioSynthesizer.openStream}, which runs
 * the synthesizer without an audio line and returns its output as a stream rendered on demand (offline, any speed).
 *
 * <p>Reached by reflection because javac with {@code --release 17} cannot see non-exported JDK packages. At run time the
 * package must be exported: {@code --add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED} (set by the launcher and
 * by surefire).
 */
final class AudioSynthesizerBridge {
    private static final String AUDIO_SYNTHESIZER = "com.sun.media.sound.AudioSynthesizer";
    static final String EXPORTS_FLAG = "--add-exports java.desktop/com.sun.media.sound=ALL-UNNAMED";

    private AudioSynthesizerBridge() {
    }

    /**
     * Opens {@code synth} on an offline stream.
     *
     * @param info Gervill's open properties, e.g. {@code "load default soundbank" -> false}
     */
    static AudioInputStream openStream(Synthesizer synth, AudioFormat format, Map<String, Object> info)
            throws AudioRenderException {
        Method openStream;
        try {
            Class<?> type = Class.forName(AUDIO_SYNTHESIZER);
            if (!type.isInstance(synth)) {
                throw new AudioRenderException("this Java runtime's MIDI synthesizer (" + synth.getClass().getName()
                        + ") cannot render offline; GenreShift needs the JDK's built-in Gervill synthesizer");
            }
            openStream = type.getMethod("openStream", AudioFormat.class, Map.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new AudioRenderException("this Java runtime has no Gervill offline synthesizer (" + e.getMessage()
                    + "); use an OpenJDK-based Java 17 or newer", e);
        }
        try {
            return (AudioInputStream) openStream.invoke(synth, format, info);
        } catch (IllegalAccessException e) {
            throw new AudioRenderException("Java's synthesizer is not accessible; start Java with " + EXPORTS_FLAG
                    + " (the ./genreshift launcher does this)", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof MidiUnavailableException ? "the synthesizer could not be opened" : "the synthesizer failed to start";
            throw new AudioRenderException(why + ": " + cause, cause);
        }
    }
}
