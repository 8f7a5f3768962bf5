package io.genreshift.app.shell;

import io.genreshift.core.midi.MidiReadException;
import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.midi.MidiWriter;
import io.genreshift.core.model.Song;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@link SongFiles} on core's lenient MIDI reader and its type-1 writer. Versions made by a transfer already went
 * through core's musician export (tempo map, velocities, programs of the original), so writing them keeps all that.
 */
public final class MidiSongFiles implements SongFiles {

    @Override
    public Song read(Path file) throws SongFileException {
        try {
            return MidiReader.read(file);
        } catch (MidiReadException e) {
            throw new SongFileException(file, capitalized(e.detail()) + ".", e.reason().advice(), e);
        } catch (RuntimeException e) {
            // The reader is lenient, but a bad file must never take the app down with it.
            throw new SongFileException(file, "The file could not be read (" + UserError.reasonOf(e) + ").", null, e);
        }
    }

    @Override
    public void writeMidi(Song song, Path file) throws SongFileException {
        try {
            MidiWriter.write(song, file);
        } catch (IOException e) {
            throw new SongFileException(file, "The file could not be written: " + UserError.rootReasonOf(e) + ".", null, e);
        }
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
