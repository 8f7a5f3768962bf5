package io.genreshift.core.midi;

import io.genreshift.core.model.Note;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoteAssemblerTest {

    @Test
    void aZeroLengthNoteLastsOneTick() {
        NoteAssembler a = new NoteAssembler(0, 100);
        a.noteOn(10, 0, 60, 100, 0);
        a.noteOff(10, 0, 60);

        assertThat(a.finish(50)).containsExactly(Note.of(60, 10, 1, 100));
    }

    @Test
    void aNoteOffWithoutANoteIsIgnoredAndKeysAreTrackedPerChannel() {
        NoteAssembler a = new NoteAssembler(3, 100);
        a.noteOff(0, 0, 60);
        a.noteOn(0, 0, 60, 100, 0);
        a.noteOn(0, 1, 60, 90, 33);
        a.noteOff(24, 1, 60);

        assertThat(a.finish(96)).containsExactlyInAnyOrder(new Note(60, 0, 24, 90, 1, 33, 3), new Note(60, 0, 96, 100, 0, 0, 3));
    }

    @Test
    void moreNotesThanAllowedIsAnError() {
        NoteAssembler a = new NoteAssembler(0, 2);
        a.noteOn(0, 0, 60, 100, 0);
        a.noteOn(0, 0, 61, 100, 0);

        assertThatThrownBy(() -> a.noteOn(0, 0, 62, 100, 0)).isInstanceOf(IllegalStateException.class).hasMessageContaining("2 notes");
    }
}
