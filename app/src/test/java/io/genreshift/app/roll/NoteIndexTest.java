package io.genreshift.app.roll;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NoteIndexTest {
    private static Song randomSong(long seed) {
        Random r = new Random(seed);
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            // Mostly short notes plus a few very long ones, which defeat a naive "max duration" look-back.
            long duration = r.nextInt(20) == 0 ? 20_000 + r.nextInt(20_000) : 1 + r.nextInt(960);
            notes.add(Note.of(40 + r.nextInt(40), r.nextInt(50_000), duration, 100));
        }
        return TestSongs.of(notes.toArray(Note[]::new));
    }

    @Property(tries = 200)
    void overlappingFindsExactlyTheNotesABruteForceScanFinds(@ForAll @LongRange(min = 0, max = 1000) long seed,
                                                               @ForAll @IntRange(min = 0, max = 60_000) int from,
                                                               @ForAll @IntRange(min = 1, max = 20_000) int span,
                                                               @ForAll @IntRange(min = 40, max = 79) int low) {
        Song song = randomSong(seed);
        int high = low + 6;
        List<Note> expected = song.notes().stream()
                .filter(n -> n.start() < from + span && n.end() > from && n.pitch() >= low && n.pitch() <= high).toList();
        assertThat(NoteIndex.of(song).overlapping(from, from + span, low, high)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Property(tries = 200)
    void atFindsANoteSoundingAtThatTickAndPitchWhenThereIsOne(@ForAll @LongRange(min = 0, max = 1000) long seed,
                                                             @ForAll @IntRange(min = 0, max = 60_000) int tick,
                                                             @ForAll @IntRange(min = 40, max = 79) int pitch) {
        Song song = randomSong(seed);
        boolean any = song.notes().stream().anyMatch(n -> n.pitch() == pitch && n.start() <= tick && n.end() > tick);
        Note found = NoteIndex.of(song).at(tick, pitch);
        if (!any) {
            assertThat(found).isNull();
        } else {
            assertThat(found).isNotNull();
            assertThat(found.pitch()).isEqualTo(pitch);
            assertThat(found.start()).isLessThanOrEqualTo(tick);
            assertThat(found.end()).isGreaterThan(tick);
        }
    }
}
