package io.genreshift.ml.transfer;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoChange;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.core.roll.PianoRollConverter;
import io.genreshift.ml.io.ModelCache;
import io.genreshift.ml.io.ModelLibraryFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SongTransferTest {
    private static final int PPQ = 480;
    private static final long SIXTEENTH = PPQ / 4;

    @TempDir
    Path dir;

    /** Piano melody (program 0), bass (program 33) and drums over 9 bars, with a tempo change in bar 3. */
    private static Song song() {
        List<Note> notes = new ArrayList<>();
        for (int bar = 0; bar < 9; bar++) {
            long barStart = bar * 16 * SIXTEENTH;
            for (int i = 0; i < 8; i++) {
                notes.add(new Note(64 + (i * 3 + bar) % 12, barStart + i * 2 * SIXTEENTH, 2 * SIXTEENTH, 70 + i, 0, 0, 0));
            }
            notes.add(new Note(36 + bar % 5, barStart, 16 * SIXTEENTH, 90, 1, 33, 1));
            notes.add(new Note(36, barStart, SIXTEENTH, 100, 9, 0, 2));
        }
        TempoMap tempo = new TempoMap(PPQ, List.of(TempoChange.ofBpm(0, 96), TempoChange.ofBpm(2 * 16 * SIXTEENTH, 132)));
        List<TrackInfo> tracks = List.of(new TrackInfo(0, "Piano", 0, 0, false), new TrackInfo(1, "Bass", 1, 33, false),
                new TrackInfo(2, "Drums", 9, 0, true));
        return new Song("test song", PPQ, tempo, List.of(TimeSignature.FOUR_FOUR), tracks, notes, 0);
    }

    @Test
    void aTransferredSongKeepsTempoTracksProgramsAndDrumsAndReportsItsChange() throws IOException {
        Song original = song();
        SongTransferResult result;
        try (ModelCache models = new ModelCache(ModelLibraryFixtures.create(dir))) {
            result = new GenreTransfer(models).transfer(original, TransferRequest.to("jazz").withSource("classic"), ProgressMonitor.NONE);
        }
        Song out = result.transferred();

        assertThat(out.tempoMap().changes()).isEqualTo(original.tempoMap().changes());
        assertThat(out.meters()).isEqualTo(original.meters());
        assertThat(out.tracks()).isEqualTo(original.tracks());
        Set<String> programsPerTrack = original.notes().stream().map(n -> n.track() + ":" + n.program()).collect(Collectors.toSet());
        assertThat(out.notes()).allSatisfy(n -> assertThat(programsPerTrack).contains(n.track() + ":" + n.program()));
        assertThat(out.notes().stream().filter(n -> n.channel() == 9).toList())
                .isEqualTo(original.notes().stream().filter(n -> n.channel() == 9).toList());

        // The song written back shows exactly the transferred roll, so the reported change is the song's change.
        PianoRoll before = PianoRollConverter.toRoll(original);
        PianoRoll after = PianoRollConverter.toRoll(out);
        assertThat(after).isEqualTo(result.details().transfer());
        int added = 0;
        int removed = 0;
        for (int s = 0; s < before.steps(); s++) {
            for (int p = 0; p < PianoRoll.PITCHES; p++) {
                if (after.get(s, p) && !before.get(s, p)) added++;
                if (before.get(s, p) && !after.get(s, p)) removed++;
            }
        }
        assertThat(result.details().change().added()).isEqualTo(added);
        assertThat(result.details().change().removed()).isEqualTo(removed);
        assertThat(added + removed).as("an untrained generator changes something").isPositive();
    }

    private static SongTransferResult transferAt(Path dir, Song song, float threshold) throws IOException {
        try (ModelCache models = new ModelCache(ModelLibraryFixtures.create(dir))) {
            return new GenreTransfer(models).transfer(song, TransferRequest.to("jazz").withSource("classic").withThreshold(threshold),
                    ProgressMonitor.NONE);
        }
    }

    /** A threshold no generator output reaches: the outcome is known exactly, whatever the random weights. */
    @Test
    void aTransferThatPassesNoCellKeepsOnlyTheDrumsAndReportsEveryPhraseEmpty() throws IOException {
        Song original = song();

        SongTransferResult result = transferAt(dir, original, 0.999999f);

        assertThat(result.transferred().notes()).isEqualTo(original.notes().stream().filter(Note::isDrum).toList());
        int sourceCells = PianoRollConverter.toRoll(original).activeCells();
        assertThat(result.details().change()).isEqualTo(new io.genreshift.core.metrics.ContentChange(0, sourceCells, sourceCells));
        EmptyPhrases empty = EmptyPhrases.of(result.details());
        assertThat(empty.nothingPitched()).isTrue();
        assertThat(empty.emptied()).containsExactly(0, 1, 2); // 9 bars: two phrases and the start of a third
        assertThat(empty.describe()).isEqualTo("phrases 0-2 (bars 1-9) of 3"); // the third phrase is the 9th bar alone
    }

    /** A threshold every output passes: every cell of every sounding phrase becomes a note, silent steps stay silent. */
    @Test
    void aTransferThatPassesEveryCellFillsTheSoundingPhrases() throws IOException {
        Song original = song();

        SongTransferResult result = transferAt(dir, original, 0.000001f);

        PianoRoll transfer = result.details().transfer();
        PianoRoll source = PianoRollConverter.toRoll(original);
        assertThat(transfer.steps()).isEqualTo(source.steps());
        assertThat(transfer.activeCells()).isEqualTo(source.steps() * PianoRoll.PITCHES);
        assertThat(EmptyPhrases.of(result.details()).worthAWarning()).isFalse();
        assertThat(result.details().change().added()).isEqualTo(source.steps() * PianoRoll.PITCHES - source.activeCells());
        assertThat(result.details().change().removed()).isZero();
    }
}
