package io.genreshift.app.shell;

import io.genreshift.core.model.Song;

import java.nio.file.Path;
import java.util.Locale;

/** Reads and writes songs as MIDI files: the shell's one door to core's MIDI reader and musician export. */
public interface SongFiles {

    Song read(Path file) throws SongFileException;

    /** Writes a standard MIDI file that keeps tempo map, velocities and programs; atomic. */
    void writeMidi(Song song, Path file) throws SongFileException;

    /** True for names the app opens (.mid, .midi, .kar), case-insensitive. */
    static boolean isMidiName(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".mid") || n.endsWith(".midi") || n.endsWith(".kar");
    }
}
