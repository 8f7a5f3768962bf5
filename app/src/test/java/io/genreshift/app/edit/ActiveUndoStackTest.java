package io.genreshift.app.edit;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActiveUndoStackTest {
    private final List<Snapshot> restored = new ArrayList<>();
    private final UndoStack first = new UndoStack(restored::add);
    private final UndoStack second = new UndoStack(restored::add);
    private final ActiveUndoStack active = new ActiveUndoStack(first);

    private static Snapshot state(int pitch) {
        Song song = new Song("t", 480, TempoMap.constant(480, 120), List.of(TimeSignature.FOUR_FOUR), List.of(),
                List.of(Note.of(pitch, 0, 480, 100)), 0);
        return Snapshot.of(song);
    }

    @Test
    void thePropertiesDescribeTheStackInUseAndFollowASwitch() {
        first.push(new Edit("Move 3 notes", state(60), state(62)));
        assertThat(active.undoNameProperty().get()).isEqualTo("Move 3 notes");
        assertThat(active.canUndoProperty().get()).isTrue();

        active.use(second);
        assertThat(active.undoNameProperty().get()).isEmpty();
        assertThat(active.canUndoProperty().get()).isFalse();
        second.push(new Edit("Delete 1 note", state(64), state(65)));
        assertThat(active.undoNameProperty().get()).isEqualTo("Delete 1 note");

        active.use(first);
        assertThat(active.undoNameProperty().get()).isEqualTo("Move 3 notes");
        assertThat(first.undoNameProperty().get()).isEqualTo("Move 3 notes");
    }

    @Test
    void undoAndRedoActOnlyOnTheStackInUse() {
        Snapshot a = state(60), b = state(62), c = state(70), d = state(72);
        first.push(new Edit("Transpose 1 note +2", a, b));
        second.push(new Edit("Transpose 1 note +2", c, d));
        active.use(second);

        assertThat(active.undo()).isTrue();
        assertThat(restored).containsExactly(c);
        assertThat(first.canUndo()).isTrue();
        assertThat(active.redoNameProperty().get()).isEqualTo("Transpose 1 note +2");
        assertThat(active.redo()).isTrue();
        assertThat(restored).containsExactly(c, d);
    }
}
