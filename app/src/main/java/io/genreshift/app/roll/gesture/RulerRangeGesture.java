package io.genreshift.app.roll.gesture;

import io.genreshift.app.edit.Snap;
import io.genreshift.app.roll.PianoRollViewModel;
import io.genreshift.app.roll.TickRange;

/**
 * On the ruler: a click moves the playback position there; a drag draws the loop range, snapped to the grid.
 * Only x matters.
 */
public final class RulerRangeGesture implements MouseGesture {
    private final PianoRollViewModel vm;
    private long anchor;
    private boolean dragged;

    public RulerRangeGesture(PianoRollViewModel vm) {
        this.vm = vm;
    }

    @Override
    public void onPressed(RollPointer p) {
        anchor = vm.snap(p.alt()).nearest((long) Math.max(0, vm.getViewport().tickAt(p.x())));
    }

    @Override
    public void onDragged(RollPointer p) {
        Snap snap = vm.snap(p.alt());
        long tick = snap.nearest((long) Math.max(0, vm.getViewport().tickAt(p.x())));
        dragged = tick != anchor || dragged;
        vm.loopRangeProperty().set(dragged ? TickRange.between(anchor, tick) : null);
    }

    @Override
    public void onReleased(RollPointer p) {
        if (!dragged) {
            vm.loopRangeProperty().set(null);
            vm.seek((long) Math.max(0, vm.getViewport().tickAt(p.x())));
        }
    }
}
