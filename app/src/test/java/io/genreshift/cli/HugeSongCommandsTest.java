package io.genreshift.cli;

import io.genreshift.core.fixtures.HugeSong;
import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.ml.io.ModelLibraryFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code info} and {@code transfer} on the one-hour, 16-track, 200,000-note song (with untrained fixture models).
 * Their time and peak memory with the shipped models are measured from the shell and recorded in docs/reliability.md.
 */
class HugeSongCommandsTest {
    @TempDir
    static Path dir;

    static Path huge;

    @BeforeAll
    static void setUp() throws Exception {
        ModelLibraryFixtures.create(dir.resolve("models"));
        huge = HugeSong.write(dir.resolve("huge.mid"), 11);
    }

    @Test
    void infoDescribesTheWholeSong() {
        CliRun cli = new CliRun();

        int exit = cli.execute("info", huge.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("60:00").contains("notes      200000").contains("450 phrases").contains("tracks     16");
    }

    @Test
    void transferWritesTheWholeSongKeepingTracksDrumsAndLength() throws Exception {
        CliRun cli = new CliRun();
        Path out = dir.resolve("huge-jazz.mid");

        int exit = cli.execute("transfer", huge.toString(), "--to", "jazz", "--from", "classic", "--allow-empty", "--threshold", "0.9",
                "-o", out.toString(), "--models", dir.resolve("models").toString());

        assertThat(exit).as(cli.err()).isZero();
        Song original = MidiReader.read(huge);
        Song transferred = MidiReader.read(out);
        assertThat(transferred.tracks()).hasSize(HugeSong.TRACKS);
        assertThat(transferred.lengthTicks()).isEqualTo(original.lengthTicks());
        assertThat(transferred.notes().stream().filter(Note::isDrum).count())
                .isEqualTo(original.notes().stream().filter(Note::isDrum).count());
        assertThat(cli.out()).contains("449"); // the summary lists every phrase, the last one included
    }
}
