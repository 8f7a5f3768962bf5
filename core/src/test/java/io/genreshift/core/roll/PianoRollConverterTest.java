package io.genreshift.core.roll;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PianoRollConverterTest {
    private static final int PPQ = 96;
    private static final int STEP = PPQ / 4;

    static Song song(long lengthTicks, Note... notes) {
        return new Song("t", PPQ, TempoMap.constant(PPQ, 120), List.of(TimeSignature.FOUR_FOUR),
                List.of(new TrackInfo(0, "", 0, 0, false)), List.of(notes), lengthTicks);
    }

    /** Steps at which MIDI {@code pitch} is on. */
    static List<Integer> stepsOn(PianoRoll roll, int pitch) {
        List<Integer> on = new ArrayList<>();
        for (int s = 0; s < roll.steps(); s++) if (roll.sounds(s, pitch)) on.add(s);
        return on;
    }

    @Test
    void gridIsFourStepsPerBeatInTicksWhateverTheTempo() {
        Song slow = song(4 * PPQ, Note.of(60, PPQ, PPQ, 100));
        Song fast = new Song("t", PPQ, TempoMap.constant(PPQ, 200), slow.meters(), slow.tracks(), slow.notes(), slow.lengthTicks());

        assertThat(stepsOn(PianoRollConverter.toRoll(slow), 60)).containsExactly(4, 5, 6, 7);
        assertThat(PianoRollConverter.toRoll(fast)).isEqualTo(PianoRollConverter.toRoll(slow));
        assertThat(PianoRollConverter.toRoll(slow).steps()).isEqualTo(16);
    }

    @Test
    void drumsAreDroppedOtherTracksMergedAndPitchesOutsideTheWindowCounted() {
        Song s = song(PPQ, new Note(36, 0, STEP, 100, 9, 0, 0), new Note(60, 0, STEP, 100, 0, 0, 0),
                new Note(64, 0, STEP, 50, 3, 40, 1), Note.of(23, 0, STEP, 100), Note.of(108, 0, STEP, 100), Note.of(107, 0, STEP, 1));

        RollConversion c = PianoRollConverter.convert(s);

        assertThat(c.roll().activeCells()).isEqualTo(3);
        assertThat(c.roll().sounds(0, 60) && c.roll().sounds(0, 64) && c.roll().sounds(0, 107)).isTrue();
        assertThat(c.notesClipped()).isEqualTo(2);
        assertThat(c.drumNotesDropped()).isEqualTo(1);
    }

    @Test
    void exactExtentCoversTheQuantisedLengthAndKeepsReStrikesTouching() {
        // two quarter notes on the same key, back to back, and a short note off the grid
        Song s = song(4 * PPQ, Note.of(60, 0, PPQ, 100), Note.of(60, PPQ, PPQ, 100), Note.of(62, STEP + 5, 3, 100));

        PianoRoll roll = PianoRollConverter.convert(s, NoteExtent.EXACT).roll();

        assertThat(stepsOn(roll, 60)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(stepsOn(roll, 62)).containsExactly(1);
    }

    /** The reference data was made with these quirks (spec §1.2); we reproduce them only on request. */
    @Test
    void pypianorollModeLengthensNotesByAStepAndLeavesAGapBeforeAReStrike() {
        Song s = song(4 * PPQ, Note.of(60, 0, PPQ, 100), Note.of(60, PPQ, PPQ, 100), Note.of(62, 2 * PPQ, PPQ, 100));

        PianoRoll roll = PianoRollConverter.convert(s, NoteExtent.PYPIANOROLL_0_1_3).roll();

        // first note [0,4] inclusive, then the re-strike at 4 clears step 3 and fills [4,8]
        assertThat(stepsOn(roll, 60)).containsExactly(0, 1, 2, 4, 5, 6, 7, 8);
        assertThat(stepsOn(roll, 62)).containsExactly(8, 9, 10, 11, 12);
    }

    @Test
    void trainingFilterDropsPhrasesWithAtMostOneActiveCell() {
        Phrase empty = Phrase.empty();
        Phrase one = empty.with(0, 0, true);
        Phrase two = one.with(1, 0, true);

        assertThat(TrainingFilter.trainable(List.of(empty, one, two, one))).containsExactly(two);
    }
}
