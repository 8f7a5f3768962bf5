package io.genreshift.core.roll;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoChange;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MusicianExportTest {
    private static final int PPQ = 96;
    private static final int BEAT = PPQ;

    /** Piano plays three slightly late notes (humanised timing), a bass holds C2, drums and a very low note too. */
    private static Song band() {
        List<Note> notes = List.of(
                new Note(72, 3, 90, 40, 0, 0, 0),
                new Note(74, BEAT + 3, 90, 50, 0, 0, 0),
                new Note(76, 2 * BEAT + 3, 90, 60, 0, 0, 0),
                new Note(36, 0, 4 * BEAT, 100, 1, 33, 1),
                new Note(42, 0, 24, 110, 9, 0, 2),
                new Note(21, 0, 4 * BEAT, 30, 1, 33, 1)); // below the roll's window
        TempoMap tempo = new TempoMap(PPQ, List.of(new TempoChange(0, 500_000), new TempoChange(2 * BEAT, 650_000)));
        return new Song("band", PPQ, tempo, List.of(new TimeSignature(0, 4, 4)), List.of(new TrackInfo(0, "Piano", 0, 0, false),
                new TrackInfo(1, "Bass", 1, 33, false), new TrackInfo(2, "Drums", 9, 0, true)), notes, 8 * BEAT);
    }

    private static PianoRoll set(PianoRoll roll, int pitch, int from, int to, boolean on) {
        for (int s = from; s < to; s++) roll = roll.with(s, pitch - PianoRoll.LOWEST_PITCH, on);
        return roll;
    }

    private static Note at(Song song, int pitch) {
        return song.notes().stream().filter(n -> n.pitch() == pitch).findFirst().orElseThrow();
    }

    @Test
    void survivorsKeepEverythingRemovedNotesGoAndNewNotesFitTheirNeighbours() {
        Song original = band();
        PianoRoll roll = PianoRollConverter.toRoll(original);
        roll = set(roll, 74, 4, 7, false);   // the model dropped the D
        roll = set(roll, 79, 12, 16, true);  // ...added a G on beat 4
        roll = set(roll, 38, 4, 8, true);    // ...and a low D under beat 2

        Song out = MusicianExport.apply(original, roll, MusicianExport.Drums.KEEP);

        assertThat(out.notes()).contains(original.notes().get(0), original.notes().get(2)); // exact, humanised timing kept
        assertThat(out.notes()).noneMatch(n -> n.pitch() == 74);
        // median velocity of the notes within a bar (40, 50, 60, 100, 30 -> 50); track of the nearest pitch
        assertThat(at(out, 79)).isEqualTo(new Note(79, 3 * BEAT, BEAT, 50, 0, 0, 0));
        assertThat(at(out, 38)).isEqualTo(new Note(38, BEAT, BEAT, 50, 1, 33, 1));
        assertThat(out.tempoMap().changes()).isEqualTo(original.tempoMap().changes());
        assertThat(out.meters()).isEqualTo(original.meters());
        assertThat(out.tracks()).isEqualTo(original.tracks());
    }

    @Test
    void aShortenedNoteIsCutAndALengthenedOneHeldKeepingItsOnsetAndVelocity() {
        Song original = band();
        PianoRoll roll = PianoRollConverter.toRoll(original);
        roll = set(roll, 72, 2, 3, false);    // C5 now lasts two sixteenths
        roll = set(roll, 76, 11, 14, true);   // E5 held one beat longer

        Song out = MusicianExport.apply(original, roll, MusicianExport.Drums.KEEP);

        assertThat(at(out, 72)).isEqualTo(new Note(72, 3, 2 * 24 - 3, 40, 0, 0, 0));
        assertThat(at(out, 76)).isEqualTo(new Note(76, 2 * BEAT + 3, 14 * 24 - (2 * BEAT + 3), 60, 0, 0, 0));
        assertThat(PianoRollConverter.toRoll(out)).isEqualTo(roll);
    }

    @Test
    void drumsAreReattachedOnlyOnRequestAndNotesOutsideTheWindowAlwaysStay() {
        Song original = band();
        PianoRoll empty = PianoRoll.empty(PianoRollConverter.toRoll(original).steps());

        Song kept = MusicianExport.apply(original, empty, MusicianExport.Drums.KEEP);
        Song dropped = MusicianExport.apply(original, empty, MusicianExport.Drums.DROP);

        assertThat(kept.notes()).extracting(Note::pitch).containsExactlyInAnyOrder(42, 21);
        assertThat(dropped.notes()).extracting(Note::pitch).containsExactly(21);
    }

    @Test
    void aRollOfWholePhrasesLeavesTheSongsTailAsItWas() {
        List<Note> notes = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) notes.add(new Note(60 + i, i * BEAT, BEAT, 80, 0, 0, 0)); // 80 steps: one phrase + tail
        Song original = new Song("s", PPQ, TempoMap.constant(PPQ, 100), List.of(TimeSignature.FOUR_FOUR),
                List.of(new TrackInfo(0, "", 0, 0, false)), notes, 0);
        PianoRoll phrasesOnly = PianoRoll.concat(List.of(Phrase.empty()));

        Song out = MusicianExport.apply(original, phrasesOnly, MusicianExport.Drums.KEEP);

        assertThat(out.notes()).isEqualTo(notes.subList(16, 20));
        assertThat(out.lengthTicks()).isEqualTo(original.lengthTicks());
    }
}
