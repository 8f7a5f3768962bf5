package io.genreshift.app.roll.gesture;

import io.genreshift.app.roll.PianoRollViewModel;

/** Middle-drag or Space-drag: the roll follows the hand. Stops playhead following, like any manual scroll. */
public final class PanGesture implements MouseGesture {
    private final PianoRollViewModel vm;
    private double lastX, lastY;

    public PanGesture(PianoRollViewModel vm) {
        this.vm = vm;
    }

    @Override
    public void onPressed(RollPointer p) {
        lastX = p.x();
        lastY = p.y();
    }

    @Override
    public void onDragged(RollPointer p) {
        vm.scrollBy(lastX - p.x(), lastY - p.y(), true);
        lastX = p.x();
        lastY = p.y();
    }
}
