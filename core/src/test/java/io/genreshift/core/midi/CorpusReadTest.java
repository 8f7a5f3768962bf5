package io.genreshift.core.midi;

import io.genreshift.core.model.Song;
import org.junit.jupiter.api.Test;

import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads every file of the shared training corpora (skipped where they are absent; they are only read, never written):
 * every file must load or be rejected with a typed reason, and the loaded ones must hold notes. Prints the rejection
 * counts, and for comparison how many files javax.sound.midi's strict reader refuses (the reason {@link SmfParser}
 * exists).
 */
class CorpusReadTest {
    private static final Path CORPORA = corpora();

    /**
     * {@code -Dgenreshift.corpora=DIR}, else {@code ../shared/data/midi} beside the repository (where CI puts the shared
     * folder next to a fresh clone), else this machine's {@code /work/shared/data/midi}.
     */
    private static Path corpora() {
        String explicit = System.getProperty("genreshift.corpora");
        if (explicit != null) return Path.of(explicit);
        Path repo = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent(); // core/ -> repository
        Path besideRepo = repo == null ? null : repo.resolveSibling("shared").resolve("data/midi");
        return besideRepo != null && Files.isDirectory(besideRepo) ? besideRepo : Path.of("/work/shared/data/midi");
    }

    @Test
    void everyCorpusFileLoadsOrIsRejectedWithAReason() throws IOException {
        assumeTrue(Files.isDirectory(CORPORA), "corpora not present at " + CORPORA);
        System.out.println("corpus read: reading " + CORPORA);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPORA)) {
            files = walk.filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.midi?")).sorted().toList();
        }
        Map<MidiReadException.Reason, Integer> rejected = new TreeMap<>();
        int empty = 0;
        int javaxRefused = 0;
        for (Path file : files) {
            try {
                MidiSystem.getSequence(file.toFile());
            } catch (InvalidMidiDataException | IOException e) {
                javaxRefused++;
            }
            try {
                Song song = MidiReader.read(file);
                if (song.notes().isEmpty()) empty++;
            } catch (MidiReadException e) {
                rejected.merge(e.reason(), 1, Integer::sum);
                System.out.println(e.getMessage());
            }
        }
        System.out.printf("corpus read: %d files, rejected %s, %d without notes; javax.sound.midi refuses %d%n",
                files.size(), rejected, empty, javaxRefused);
        assertThat(files).isNotEmpty();
        assertThat(empty).isZero();
    }
}
