package io.genreshift.app.roll.gesture;

import io.genreshift.app.edit.NoteCommands;
import io.genreshift.app.roll.PianoRollViewModel;
import io.genreshift.core.model.Midi;
import io.genreshift.core.model.Note;

import java.util.List;

/** Right-click on a note with the pencil deletes it (Signal's eraser on the secondary button). */
public final class DeleteNoteGesture implements MouseGesture {
    private final PianoRollViewModel vm;
    private final Note note;

    public DeleteNoteGesture(PianoRollViewModel vm, Note note) {
        this.vm = vm;
        this.note = note;
    }

    @Override
    public void onPressed(RollPointer p) {
        vm.apply("Delete " + Midi.pitchName(note.pitch()),
                NoteCommands.delete(vm.getSong(), List.of(note)));
    }
}
