package io.genreshift.app.roll.gesture;

import io.genreshift.app.edit.NoteCommands;
import io.genreshift.app.edit.Snapshot;
import io.genreshift.app.roll.PianoRollViewModel;
import io.genreshift.app.roll.Selection;
import io.genreshift.app.roll.Viewport;
import io.genreshift.core.model.Note;

import java.util.List;

/**
 * Press on a note: selects it (Shift adds or toggles), then dragging moves the selection. The grabbed note's start
 * lands on grid lines (Alt: free). The pitch follows the pointer row and is auditioned on each change.
 * One undo step, "Move n notes", and none for a click that moved nothing.
 */
public final class MoveNotesGesture implements MouseGesture {
    private final PianoRollViewModel vm;
    private final Note grabbed;
    private Snapshot before;
    private double pressTick;
    private int pressPitch;
    private int lastPitch;
    private boolean deselectedOnly;

    public MoveNotesGesture(PianoRollViewModel vm, Note grabbed) {
        this.vm = vm;
        this.grabbed = grabbed;
    }

    @Override
    public void onPressed(RollPointer p) {
        Selection sel = vm.getSelection();
        if (p.shift()) {
            vm.select(sel.toggled(grabbed));
            deselectedOnly = sel.contains(grabbed);
        } else if (!sel.contains(grabbed)) {
            vm.select(Selection.of(List.of(grabbed)));
        }
        Viewport v = vm.getViewport();
        before = vm.current();
        pressTick = v.tickAt(p.x());
        pressPitch = v.pitchAt(p.y());
        lastPitch = grabbed.pitch();
        if (!deselectedOnly) vm.audition(grabbed.pitch());
    }

    @Override
    public void onDragged(RollPointer p) {
        if (deselectedOnly || before.selection().isEmpty()) return;
        Viewport v = vm.getViewport();
        long rawDelta = Math.round(v.tickAt(p.x()) - pressTick);
        long dTicks = vm.snap(p.alt()).snapDelta(grabbed.start(), rawDelta);
        int dPitch = v.pitchAt(p.y()) - pressPitch;
        Snapshot moved = NoteCommands.move(before.song(), before.selection(), dTicks, dPitch);
        vm.preview(moved);
        int pitch = Math.max(0, Math.min(127, grabbed.pitch() + dPitch));
        if (pitch != lastPitch) {
            lastPitch = pitch;
            vm.audition(pitch);
        }
    }

    @Override
    public void onReleased(RollPointer p) {
        if (deselectedOnly) return;
        vm.commit("Move " + NoteCommands.count(before.selection().size()), before);
    }
}
