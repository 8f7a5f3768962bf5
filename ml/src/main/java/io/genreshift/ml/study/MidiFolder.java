package io.genreshift.ml.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The MIDI files (.mid, .midi) in a genre's corpus folder and its subfolders, sorted. */
public final class MidiFolder {
    private MidiFolder() {
    }

    public static List<Path> list(Path dir, String genre) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "the corpus folder for '" + genre + "' does not exist");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(MidiFolder::isMidi).sorted().toList();
        }
    }

    private static boolean isMidi(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".mid") || name.endsWith(".midi");
    }
}
