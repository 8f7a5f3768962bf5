package io.genreshift.app.roll;

import io.genreshift.core.model.Note;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SelectionTest {
    private static final Note A = Note.of(60, 0, 480, 100);
    private static final Note B = Note.of(62, 960, 240, 100);

    @Test
    void toggledAddsThenRemoves() {
        Selection s = Selection.NONE.toggled(A);
        assertThat(s.notes()).containsExactly(A);
        assertThat(s.toggled(A).isEmpty()).isTrue();
    }

    @Test
    void rangeSpansFromTheEarliestStartToTheLatestEnd() {
        assertThat(Selection.of(List.of(A, B)).range()).contains(new TickRange(0, 1200));
        assertThat(Selection.NONE.range()).isEmpty();
    }

    @Test
    void restrictedToDropsNotesTheSongNoLongerHas() {
        Selection s = Selection.of(List.of(A, B));
        assertThat(s.restrictedTo(TestSongs.of(B)).notes()).containsExactly(B);
        assertThat(Selection.all(TestSongs.of(A, B)).size()).isEqualTo(2);
        assertThat(Selection.of(List.of(A)).plus(List.of(B)).notes()).containsExactlyInAnyOrder(A, B);
    }
}
