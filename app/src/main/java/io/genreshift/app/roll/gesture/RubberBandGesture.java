package io.genreshift.app.roll.gesture;

import io.genreshift.app.roll.PianoRollViewModel;
import io.genreshift.app.roll.Selection;
import io.genreshift.app.roll.Viewport;

/**
 * Drag on empty space (select tool, or Ctrl with the pencil): selects the notes that touch the rectangle; Shift adds
 * to the selection. A click without a drag clears the selection.
 */
public final class RubberBandGesture implements MouseGesture {
    private final PianoRollViewModel vm;
    private Selection base;
    private double tick0;
    private int pitch0;
    private boolean dragged;

    public RubberBandGesture(PianoRollViewModel vm) {
        this.vm = vm;
    }

    @Override
    public void onPressed(RollPointer p) {
        Viewport v = vm.getViewport();
        base = p.shift() ? vm.getSelection() : Selection.NONE;
        tick0 = v.tickAt(p.x());
        pitch0 = v.pitchAt(p.y());
    }

    @Override
    public void onDragged(RollPointer p) {
        dragged = true;
        Viewport v = vm.getViewport();
        double tick1 = v.tickAt(p.x());
        int pitch1 = v.pitchAt(p.y());
        vm.rubberBandProperty().set(new double[]{tick0, tick1, pitch0, pitch1});
        if (vm.noteIndex() == null) return;
        vm.select(base.plus(vm.noteIndex().overlapping(Math.min(tick0, tick1), Math.max(tick0, tick1),
                Math.min(pitch0, pitch1), Math.max(pitch0, pitch1))));
    }

    @Override
    public void onReleased(RollPointer p) {
        vm.rubberBandProperty().set(null);
        if (!dragged && !p.shift()) vm.select(Selection.NONE);
    }
}
