package io.genreshift.core.audio;

import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.midi.MidiWriter;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a MIDI file for rendering. Java's own parser keeps every event, including controllers such as the sustain
 * pedal and volume that the song model leaves out, so it is tried first. It refuses some real-world files (e.g. meta
 * events with a type above 127, found in the jazz corpus); those are read leniently with {@link MidiReader} and
 * rendered from their notes, tempo map and programs.
 */
public final class SequenceLoader {

    /**
     * @param sequence the events to render
     * @param fallback why the lenient reader was used, or null if Java's parser read the whole file
     */
    public record Loaded(Sequence sequence, String fallback) {
        public boolean isLenient() {
            return fallback != null;
        }
    }

    private SequenceLoader() {
    }

    /** @throws io.genreshift.core.midi.MidiReadException naming the file and the reason, if neither reader can read it */
    public static Loaded load(Path file) throws IOException {
        String refusal;
        try {
            return new Loaded(MidiSystem.getSequence(file.toFile()), null);
        } catch (InvalidMidiDataException | IOException e) {
            refusal = e.getMessage();
        } catch (RuntimeException e) {
            // Java's parser can fail on damaged files with e.g. an index error; the lenient reader decides instead.
            refusal = e.toString();
        }
        Sequence lenient = MidiWriter.toSequence(MidiReader.read(file));
        return new Loaded(lenient, "Java's MIDI parser refused the file (" + refusal
                + "); rendering its notes, tempo map and programs without controllers such as the sustain pedal");
    }
}
