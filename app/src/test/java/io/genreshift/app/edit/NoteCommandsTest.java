package io.genreshift.app.edit;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NoteCommandsTest {
    private static final Note C4 = Note.of(60, 480, 480, 100);
    private static final Note E4 = Note.of(64, 960, 240, 80);
    private static final Note G4 = Note.of(67, 1920, 480, 90);

    private static Song song(Note... notes) {
        return new Song("t", 480, TempoMap.constant(480, 120), List.of(TimeSignature.FOUR_FOUR), List.of(), List.of(notes), 0);
    }

    @Test
    void moveShiftsOnlyTheSelectedNotesAndSelectsTheirNewSelves() {
        Snapshot after = NoteCommands.move(song(C4, E4, G4), Set.of(C4, E4), 120, 2);
        assertThat(after.song().notes()).containsExactlyInAnyOrder(Note.of(62, 600, 480, 100), Note.of(66, 1080, 240, 80), G4);
        assertThat(after.selection()).containsExactlyInAnyOrder(Note.of(62, 600, 480, 100), Note.of(66, 1080, 240, 80));
    }

    @Test
    void moveKeepsTheGroupsShapeAtTheEdges() {
        Snapshot after = NoteCommands.move(song(C4, E4), Set.of(C4, E4), -10_000, 100);
        // Start clamped so the earliest note sits at 0, pitch clamped so the highest note sits at 127.
        assertThat(after.song().notes()).containsExactly(Note.of(123, 0, 480, 100), Note.of(127, 480, 240, 80));
    }

    @Test
    void transposeByAnOctave() {
        assertThat(NoteCommands.transpose(song(C4), Set.of(C4), -12).song().notes()).containsExactly(C4.withPitch(48));
    }

    @Test
    void resizeEitherEdgeKeepsTheOtherInPlace() {
        Note end = NoteCommands.resize(song(C4), Set.of(C4), NoteEdge.END, 240, 120).song().notes().get(0);
        assertThat(end.start()).isEqualTo(480);
        assertThat(end.end()).isEqualTo(1200);
        Note start = NoteCommands.resize(song(C4), Set.of(C4), NoteEdge.START, -120, 120).song().notes().get(0);
        assertThat(start.start()).isEqualTo(360);
        assertThat(start.end()).isEqualTo(960);
    }

    @Test
    void resizeNeverGoesBelowTheMinimumLengthOrBeforeZero() {
        Note shrunk = NoteCommands.resize(song(C4), Set.of(C4), NoteEdge.END, -10_000, 120).song().notes().get(0);
        assertThat(shrunk.duration()).isEqualTo(120);
        Note fromLeft = NoteCommands.resize(song(C4), Set.of(C4), NoteEdge.START, 10_000, 120).song().notes().get(0);
        assertThat(fromLeft.duration()).isEqualTo(120);
        assertThat(fromLeft.end()).isEqualTo(C4.end());
        Note early = NoteCommands.resize(song(C4), Set.of(C4), NoteEdge.START, -10_000, 120).song().notes().get(0);
        assertThat(early.start()).isZero();
    }

    @Test
    void quantizeSnapsStartsAndKeepsLengths() {
        Note off = Note.of(60, 130, 100, 100);
        Note later = Note.of(62, 1000, 50, 100);
        Snapshot after = NoteCommands.quantize(song(off, later), Set.of(off, later), new Snap(120));
        assertThat(after.song().notes()).containsExactly(Note.of(60, 120, 100, 100), Note.of(62, 960, 50, 100));
    }

    @Test
    void setVelocityClampsToTheMidiRange() {
        assertThat(NoteCommands.setVelocity(song(C4), Set.of(C4), 300).song().notes().get(0).velocity()).isEqualTo(127);
        assertThat(NoteCommands.setVelocity(song(C4), Set.of(C4), 0).song().notes().get(0).velocity()).isEqualTo(1);
    }

    @Test
    void deleteAndDuplicate() {
        assertThat(NoteCommands.delete(song(C4, E4), Set.of(C4)).song().notes()).containsExactly(E4);
        Snapshot dup = NoteCommands.duplicate(song(C4, E4), Set.of(C4, E4)); // span 480..1200
        assertThat(dup.song().notes()).hasSize(4);
        assertThat(dup.selection()).containsExactlyInAnyOrder(C4.withStart(1200), E4.withStart(1680));
    }

    @Test
    void addSelectsTheNewNote() {
        Snapshot after = NoteCommands.add(song(C4), E4);
        assertThat(after.song().notes()).containsExactly(C4, E4);
        assertThat(after.selection()).containsExactly(E4);
    }

    @Property
    void moveThenMoveBackRestoresTheSong(@ForAll @IntRange(min = -480, max = 4800) int dt, @ForAll @IntRange(min = -60, max = 60) int dp) {
        Song original = song(C4, E4, G4);
        Snapshot moved = NoteCommands.move(original, Set.of(C4, E4), dt, dp);
        long realDt = moved.selection().stream().mapToLong(Note::start).min().orElseThrow() - C4.start();
        int realDp = moved.selection().stream().mapToInt(Note::pitch).min().orElseThrow() - C4.pitch();
        Snapshot back = NoteCommands.move(moved.song(), moved.selection(), -realDt, -realDp);
        assertThat(back.song()).isEqualTo(original);
    }
}
