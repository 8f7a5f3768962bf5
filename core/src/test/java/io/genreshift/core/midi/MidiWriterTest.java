package io.genreshift.core.midi;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoChange;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class MidiWriterTest {

    static Song band() {
        TempoMap tempo = new TempoMap(480, List.of(new TempoChange(0, 500_000), new TempoChange(1920, 600_000)));
        List<TrackInfo> tracks = List.of(new TrackInfo(0, "Piano", 0, 0, false), new TrackInfo(1, "Bass", 1, 33, false),
                new TrackInfo(2, "Drums", 9, 0, true));
        List<Note> notes = List.of(
                new Note(60, 0, 480, 100, 0, 0, 0), new Note(60, 480, 480, 70, 0, 0, 0), // a re-strike
                new Note(64, 960, 240, 90, 0, 5, 0), // program change mid-track
                new Note(36, 0, 960, 80, 1, 33, 1),
                new Note(42, 0, 60, 110, 9, 0, 2), new Note(42, 240, 60, 60, 9, 0, 2));
        return new Song("band", 480, tempo, List.of(new TimeSignature(0, 4, 4), new TimeSignature(3840, 3, 4)), tracks, notes, 5000);
    }

    @Test
    void aWrittenFileReadsBackAsTheSameSong(@TempDir Path dir) throws IOException {
        Song song = band();
        Path file = dir.resolve("band.mid");

        MidiWriter.write(song, file);
        Song back = MidiReader.read(file);

        assertThat(back.notes()).isEqualTo(song.notes());
        assertThat(back.tracks()).isEqualTo(song.tracks());
        assertThat(back.tempoMap().changes()).isEqualTo(song.tempoMap().changes());
        assertThat(back.meters()).isEqualTo(song.meters());
        assertThat(back.lengthTicks()).isEqualTo(song.lengthTicks());
        assertThat(back.ppq()).isEqualTo(480);
    }

    @Test
    void writingReplacesAnExistingFileAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.mid");
        Files.writeString(file, "old contents");

        MidiWriter.write(band(), file);

        assertThat(MidiReader.read(file).notes()).hasSize(6);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anExportedFileIsReadableByOtherProgramsNotPrivateLikeATempFile(@TempDir Path dir) throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path file = dir.resolve("export.mid");

        MidiWriter.write(band(), file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void aFailedWriteNamesTheFileAndKeepsTheOldOne(@TempDir Path dir) throws IOException {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");

        assertThatThrownBy(() -> MidiWriter.write(band(), blocker.resolve("out.mid")))
                .isInstanceOf(IOException.class).hasMessageContaining("out.mid");
        assertThat(Files.readString(blocker)).isEqualTo("x");
    }
}
