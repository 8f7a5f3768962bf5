package io.genreshift.core.audio;

import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.midi.MidiWriter;
import io.genreshift.core.model.Song;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a MIDI file for rendering. The lenient {@link MidiReader} decides first whether the file is usable at all: it
 * enforces {@link io.genreshift.core.midi.ReadLimits} against hostile files and rejects a truncated file, which Java's
 * parser would half-read (it silently stops at the cut) into a short or silent rendering. Java's own parser then keeps
 * every event, including controllers such as the sustain pedal and volume that the song model leaves out, so its
 * sequence is rendered when it can read the file. It refuses some real-world files (e.g. meta events with a type above
 * 127, found in the jazz corpus); those are rendered from the lenient reader's notes, tempo map and programs.
 */
public final class SequenceLoader {

    /**
     * @param sequence the events to render
     * @param fallback why the lenient reader's song was used, or null if Java's parser read the whole file
     */
    public record Loaded(Sequence sequence, String fallback) {
        public boolean isLenient() {
            return fallback != null;
        }
    }

    private SequenceLoader() {
    }

    /**
     * @throws io.genreshift.core.midi.MidiReadException naming the file and the reason, if the file is not a complete,
     *                                                   readable type 0 or 1 MIDI file
     */
    public static Loaded load(Path file) throws IOException {
        Song song = MidiReader.read(file);
        String refusal;
        try {
            return new Loaded(MidiSystem.getSequence(file.toFile()), null);
        } catch (InvalidMidiDataException | IOException e) {
            refusal = e.getMessage();
        } catch (RuntimeException e) {
            // Java's parser can fail on damaged files with e.g. an index error; the lenient reader's song is used instead.
            refusal = e.toString();
        }
        return new Loaded(MidiWriter.toSequence(song), "Java's MIDI parser refused the file (" + refusal
                + "); rendering its notes, tempo map and programs without controllers such as the sustain pedal");
    }
}
