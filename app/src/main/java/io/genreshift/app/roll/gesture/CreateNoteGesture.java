package io.genreshift.app.roll.gesture;

import io.genreshift.app.edit.NoteCommands;
import io.genreshift.app.edit.Snap;
import io.genreshift.app.edit.Snapshot;
import io.genreshift.app.roll.PianoRollViewModel;
import io.genreshift.app.roll.Viewport;
import io.genreshift.core.model.Midi;
import io.genreshift.core.model.Note;

/**
 * Pencil: a press puts a note of the current length on the grid cell under the pointer (and auditions it);
 * dragging right sets its length in grid steps. One undo step, "Draw note".
 */
public final class CreateNoteGesture implements MouseGesture {
    private final PianoRollViewModel vm;
    private Snapshot before;
    private Note note;

    public CreateNoteGesture(PianoRollViewModel vm) {
        this.vm = vm;
    }

    @Override
    public void onPressed(RollPointer p) {
        Viewport v = vm.getViewport();
        int pitch = v.pitchAt(p.y());
        if (pitch < 0 || pitch > 127) return;
        Snap snap = vm.snap(p.alt());
        long start = snap.floor((long) Math.max(0, v.tickAt(p.x())));
        before = vm.current();
        note = Note.of(pitch, start, vm.newNoteLength(), PianoRollViewModel.DEFAULT_VELOCITY);
        vm.preview(NoteCommands.add(before.song(), note));
        vm.audition(pitch);
    }

    @Override
    public void onDragged(RollPointer p) {
        if (note == null) return;
        Snap snap = vm.snap(p.alt());
        long minLength = Math.max(1, snap == Snap.OFF ? vm.ppq() / 8 : snap.gridTicks());
        long end = snap.nearest((long) vm.getViewport().tickAt(p.x()));
        long length = Math.max(minLength, end - note.start());
        if (length == note.duration()) return;
        note = note.withDuration(length);
        vm.preview(NoteCommands.add(before.song(), note));
    }

    @Override
    public void onReleased(RollPointer p) {
        if (note == null) return;
        vm.commit("Draw note " + Midi.pitchName(note.pitch()), before);
        vm.rememberNoteLength(note.duration());
    }
}
