package io.genreshift.ml.study;

import io.genreshift.core.midi.MidiWriter;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnippetPickerTest {
    private static final int PPQ = 480;

    @TempDir
    Path dir;

    @Test
    void picksHalfFromEachGenreOnPhraseBoundariesReproducibly() throws Exception {
        List<Path> classic = songs("classic", 4, 16);
        List<Path> pop = songs("pop", 4, 16);

        List<SnippetChoice> first = new SnippetPicker(8, 3, w -> { }).pick("classic", classic, "pop", pop, 5);
        List<SnippetChoice> again = new SnippetPicker(8, 3, w -> { }).pick("classic", classic, "pop", pop, 5);

        assertThat(first).extracting(SnippetChoice::from).containsExactly("classic", "classic", "classic", "pop", "pop");
        assertThat(first).extracting(SnippetChoice::to).containsExactly("pop", "pop", "pop", "classic", "classic");
        assertThat(first).extracting(SnippetChoice::source).doesNotHaveDuplicates();
        assertThat(first).allSatisfy(c -> {
            assertThat((c.firstBar() - 1) % 4).isZero();
            assertThat(c.lastBar() - c.firstBar()).isEqualTo(7);
            assertThat(c.lastBar()).isLessThanOrEqualTo(16);
        });
        assertThat(again).extracting(SnippetChoice::source).isEqualTo(first.stream().map(SnippetChoice::source).toList());
        assertThat(again).extracting(SnippetChoice::bars).isEqualTo(first.stream().map(SnippetChoice::bars).toList());
    }

    @Test
    void anotherSeedPicksOtherwise() throws Exception {
        List<Path> classic = songs("classic", 6, 32);
        List<Path> pop = songs("pop", 6, 32);

        var picks = new ArrayList<List<String>>();
        for (long seed = 1; seed <= 4; seed++) {
            picks.add(new SnippetPicker(4, seed, w -> { }).pick("classic", classic, "pop", pop, 2).stream()
                    .map(c -> c.source().getFileName() + " " + c.bars()).toList());
        }

        assertThat(picks.stream().distinct().count()).isGreaterThan(1);
    }

    @Test
    void tooFewLongEnoughSongsIsAnErrorWithARemedy() throws Exception {
        List<Path> classic = songs("classic", 3, 4); // 4 bars: too short for 8-bar snippets
        List<Path> pop = songs("pop", 3, 16);

        assertThatThrownBy(() -> new SnippetPicker(8, 1, w -> { }).pick("classic", classic, "pop", pop, 2))
                .isInstanceOf(IOException.class).hasMessageContaining("only 0 of 3 classic files")
                .hasMessageContaining("--snippets");
    }

    @Test
    void unreadableFilesAreSkippedWithAWarning() throws Exception {
        List<Path> classic = new ArrayList<>(songs("classic", 1, 8));
        Path broken = Files.writeString(dir.resolve("broken.mid"), "not midi");
        classic.add(broken);
        List<String> warnings = new ArrayList<>();

        List<SnippetChoice> picks = new SnippetPicker(4, 1, warnings::add).pick("classic", classic, "pop", songs("pop", 1, 8), 4 - 2);

        assertThat(picks).hasSize(2);
        // The broken file may or may not be reached before the good one; when it is, it must be named.
        warnings.forEach(w -> assertThat(w).contains("broken.mid"));
    }

    private List<Path> songs(String genre, int count, int bars) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.createDirectories(dir.resolve(genre));
        for (int i = 0; i < count; i++) {
            List<Note> notes = new ArrayList<>();
            for (int bar = 0; bar < bars; bar++) {
                for (int beat = 0; beat < 4; beat++) notes.add(new Note(60 + (bar + beat + i) % 12, (bar * 4L + beat) * PPQ, PPQ, 80, 0, 0, 0));
            }
            Song song = new Song(genre + i, PPQ, new TempoMap(PPQ, List.of(TempoChange.ofBpm(0, 120))), List.of(TimeSignature.FOUR_FOUR),
                    List.of(new TrackInfo(0, "Piano", 0, 0, false)), notes, bars * 4L * PPQ);
            Path file = dir.resolve(genre).resolve(genre + i + ".mid");
            MidiWriter.write(song, file);
            files.add(file);
        }
        return files;
    }
}
