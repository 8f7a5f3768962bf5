package io.genreshift.core.audio;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the instrument sounds come from: an SF2/DLS file, or Gervill's built-in bank (its generated "emergency" General
 * MIDI set, which sounds plain but needs nothing installed).
 *
 * @param file  the soundfont file, or null for the built-in bank
 * @param origin why this one was chosen, for messages ("--soundfont", "system default", "built-in")
 */
public record SoundfontSource(Path file, String origin) {

    public static SoundfontSource builtIn() {
        return new SoundfontSource(null, "built-in");
    }

    public Optional<Path> optionalFile() {
        return Optional.ofNullable(file);
    }

    public boolean isBuiltIn() {
        return file == null;
    }

    /** For the user: {@code /usr/share/sounds/sf2/TimGM6mb.sf2 (system default)} or {@code Java's built-in bank}. */
    public String describe() {
        return file == null ? "Java's built-in General MIDI bank" : file + " (" + origin + ")";
    }
}
