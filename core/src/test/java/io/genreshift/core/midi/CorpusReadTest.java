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

    /** What reading a folder of MIDI files gave: files found, rejections by reason, songs without notes, notes per file name. */
    private record Reading(List<Path> files, Map<MidiReadException.Reason, Integer> rejected, int empty, int javaxRefused,
                           Map<String, Integer> notes) {
    }

    private static Reading readAll(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.midi?")).sorted().toList();
        }
        Map<MidiReadException.Reason, Integer> rejected = new TreeMap<>();
        Map<String, Integer> notes = new TreeMap<>();
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
                notes.put(file.getFileName().toString(), song.notes().size());
            } catch (MidiReadException e) {
                rejected.merge(e.reason(), 1, Integer::sum);
                System.out.println(e.getMessage());
            }
        }
        return new Reading(files, rejected, empty, javaxRefused, notes);
    }

    /**
     * The same walk over a committed fixture made for this test (core/src/test/resources/corpus-fixture): two good
     * files (type 0, and type 1 with an upper-case .MIDI name), a truncated copy, a file that is not MIDI, and a .txt
     * the walk must ignore. Runs everywhere, so the reading is tested even where the shared corpora are absent.
     */
    @Test
    void aFixtureCorpusIsReadWithEveryFileLoadedOrRejectedForItsReason() throws Exception {
        Path fixture = Path.of(CorpusReadTest.class.getResource("/corpus-fixture").toURI());

        Reading r = readAll(fixture);

        assertThat(r.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("not-midi.mid", "truncated.mid", "type0-piano.mid", "type1-piano-bass.MIDI");
        assertThat(r.notes()).containsExactlyEntriesOf(new TreeMap<>(Map.of("type0-piano.mid", 16, "type1-piano-bass.MIDI", 12)));
        assertThat(r.rejected()).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                MidiReadException.Reason.NOT_MIDI, 1, MidiReadException.Reason.TRUNCATED, 1)));
        assertThat(r.empty()).isZero();
    }

    @Test
    void everyCorpusFileLoadsOrIsRejectedWithAReason() throws IOException {
        // The shared corpora are large and not part of the repository; the fixture test above covers the same code.
        assumeTrue(Files.isDirectory(CORPORA), "corpora not present at " + CORPORA);
        System.out.println("corpus read: reading " + CORPORA);
        Reading r = readAll(CORPORA);
        System.out.printf("corpus read: %d files, rejected %s, %d without notes; javax.sound.midi refuses %d%n",
                r.files().size(), r.rejected(), r.empty(), r.javaxRefused());
        assertThat(r.files()).isNotEmpty();
        assertThat(r.empty()).isZero();
    }
}
