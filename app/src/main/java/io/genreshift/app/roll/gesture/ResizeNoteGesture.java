package io.genreshift.app.roll.gesture;

import io.genreshift.app.edit.NoteCommands;
import io.genreshift.app.edit.NoteEdge;
import io.genreshift.app.edit.Snap;
import io.genreshift.app.edit.Snapshot;
import io.genreshift.app.roll.PianoRollViewModel;
import io.genreshift.app.roll.Selection;
import io.genreshift.core.model.Note;

import java.util.List;

/**
 * Dragging a note's left or right edge resizes the selection (the grabbed note joins it). The grabbed edge lands on
 * grid lines (Alt: free); notes never get shorter than one grid step. One undo step, "Resize n notes".
 */
public final class ResizeNoteGesture implements MouseGesture {
    private final PianoRollViewModel vm;
    private final Note grabbed;
    private final NoteEdge edge;
    private Snapshot before;
    private double pressTick;
    private long delta;
    private long minLength = 1;

    public ResizeNoteGesture(PianoRollViewModel vm, Note grabbed, NoteEdge edge) {
        this.vm = vm;
        this.grabbed = grabbed;
        this.edge = edge;
    }

    @Override
    public void onPressed(RollPointer p) {
        if (!vm.getSelection().contains(grabbed)) {
            vm.select(p.shift() ? vm.getSelection().plus(List.of(grabbed)) : Selection.of(List.of(grabbed)));
        }
        before = vm.current();
        pressTick = vm.getViewport().tickAt(p.x());
    }

    @Override
    public void onDragged(RollPointer p) {
        Snap snap = vm.snap(p.alt());
        long anchor = edge == NoteEdge.END ? grabbed.end() : grabbed.start();
        long raw = Math.round(vm.getViewport().tickAt(p.x()) - pressTick);
        delta = snap.snapDelta(anchor, raw);
        minLength = snap == Snap.OFF ? 1 : snap.gridTicks();
        vm.preview(NoteCommands.resize(before.song(), before.selection(), edge, delta, minLength));
    }

    @Override
    public void onReleased(RollPointer p) {
        vm.commit("Resize " + NoteCommands.count(before.selection().size()), before);
        // The grabbed note's new length becomes the pencil's length, as in most editors.
        vm.rememberNoteLength(NoteCommands.resized(grabbed, edge, delta, minLength).duration());
    }
}
