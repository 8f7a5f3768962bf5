package io.genreshift.core.corpus;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A folder of MIDI files labelled with one genre, searched recursively. Several sources may share a genre.
 *
 * @param genre lower-case genre name, e.g. {@code jazz}; it becomes the class label and part of file names
 */
public record CorpusSource(String genre, Path dir) {
    private static final Pattern GENRE = Pattern.compile("[a-z][a-z0-9_-]*");

    public CorpusSource {
        if (genre == null || !GENRE.matcher(genre).matches()) {
            throw new IllegalArgumentException("genre name '" + genre + "' must be lower-case letters, digits, '_' or '-', "
                    + "starting with a letter (e.g. jazz)");
        }
        dir = dir.toAbsolutePath().normalize();
    }

    /** Parses {@code genre=DIR}, as given to {@code --corpus}. */
    public static CorpusSource parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("'" + spec + "' is not GENRE=DIR (e.g. jazz=data/midi/jazz)");
        }
        return new CorpusSource(spec.substring(0, eq).trim().toLowerCase(Locale.ROOT), Path.of(spec.substring(eq + 1).trim()));
    }

    @Override
    public String toString() {
        return genre + "=" + dir;
    }
}
