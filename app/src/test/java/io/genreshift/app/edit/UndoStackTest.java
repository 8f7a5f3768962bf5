package io.genreshift.app.edit;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UndoStackTest {
    private final List<Snapshot> restored = new ArrayList<>();
    private final UndoStack stack = new UndoStack(restored::add);

    private static Snapshot state(int... pitches) {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < pitches.length; i++) notes.add(Note.of(pitches[i], i * 480L, 480, 100));
        return Snapshot.of(new Song("t", 480, TempoMap.constant(480, 120), List.of(TimeSignature.FOUR_FOUR), List.of(), notes, 0));
    }

    @Test
    void undoAndRedoRestoreTheStatesAroundEachStepWithItsName() {
        Snapshot a = state(60), b = state(60, 62), c = state(60, 62, 64);
        stack.push(new Edit("Draw note D4", a, b));
        stack.push(new Edit("Draw note E4", b, c));
        assertThat(stack.undoNameProperty().get()).isEqualTo("Draw note E4");
        assertThat(stack.canRedo()).isFalse();

        assertThat(stack.undo()).isTrue();
        assertThat(restored).containsExactly(b);
        assertThat(stack.undoNameProperty().get()).isEqualTo("Draw note D4");
        assertThat(stack.redoNameProperty().get()).isEqualTo("Draw note E4");

        assertThat(stack.undo()).isTrue();
        assertThat(stack.undo()).isFalse();
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.redo()).isTrue();
        assertThat(restored).containsExactly(b, a, b);
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoBranch() {
        Snapshot a = state(60), b = state(62), c = state(64);
        stack.push(new Edit("one", a, b));
        stack.undo();
        stack.push(new Edit("two", a, c));
        assertThat(stack.canRedo()).isFalse();
        assertThat(stack.undoableNames()).containsExactly("two");
    }

    @Test
    void dirtyFollowsTheSavedMarkThroughUndoAndRedo() {
        Snapshot a = state(60), b = state(62);
        assertThat(stack.isDirty()).isFalse();
        stack.push(new Edit("edit", a, b));
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        stack.redo();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void aSavedStateThatWasBranchedAwayFromStaysDirty() {
        Snapshot a = state(60), b = state(62), c = state(64);
        stack.push(new Edit("one", a, b));
        stack.markSaved();
        stack.undo();
        stack.push(new Edit("two", a, c));
        stack.undo();
        assertThat(stack.isDirty()).as("state a was never saved").isTrue();
    }

    @Test
    void editsThatChangeNoNoteAreNotRecorded() {
        Snapshot a = state(60);
        stack.push(new Edit("click", a, new Snapshot(a.song(), Set.copyOf(a.song().notes()))));
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void theOldestStepsFallOffPastTheLimit() {
        UndoStack small = new UndoStack(restored::add, 2);
        small.push(new Edit("one", state(60), state(61)));
        small.push(new Edit("two", state(61), state(62)));
        small.push(new Edit("three", state(62), state(63)));
        assertThat(small.undoableNames()).containsExactly("two", "three");
        assertThat(small.isDirty()).isTrue();
    }

    @Test
    void clearForgetsEverythingAndCountsAsSaved() {
        stack.push(new Edit("one", state(60), state(61)));
        stack.clear();
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
        assertThat(stack.undoNameProperty().get()).isEmpty();
    }
}
