package io.genreshift.app.roll.gesture;

import io.genreshift.app.edit.NoteCommands;
import io.genreshift.app.edit.Snapshot;
import io.genreshift.app.roll.NoteIndex;
import io.genreshift.app.roll.PianoRollViewModel;
import io.genreshift.app.roll.Viewport;
import io.genreshift.app.roll.layer.VelocityLaneLayer;
import io.genreshift.core.model.Note;

import java.util.HashMap;
import java.util.Map;

/**
 * Press and drag in the velocity lane: every note whose start the pointer passes over takes the velocity of the
 * pointer's height (only selected notes when there is a selection, as in Signal). One undo step per stroke.
 * Pointer x is in roll pixels, y in lane pixels.
 */
public final class VelocityPaintGesture implements MouseGesture {
    /** Pixels either side of the pointer that still catch a note's lollipop. */
    private static final double CATCH_PX = 3;
    private final PianoRollViewModel vm;
    private final double laneHeight;
    private final Map<Note, Integer> velocities = new HashMap<>();
    private Snapshot before;
    private NoteIndex index;
    private double lastX;

    public VelocityPaintGesture(PianoRollViewModel vm, double laneHeight) {
        this.vm = vm;
        this.laneHeight = laneHeight;
    }

    @Override
    public void onPressed(RollPointer p) {
        if (!vm.isEditable()) return;
        before = vm.current();
        index = vm.noteIndex();
        lastX = p.x();
        paint(p);
    }

    @Override
    public void onDragged(RollPointer p) {
        if (before == null) return;
        paint(p);
        lastX = p.x();
    }

    private void paint(RollPointer p) {
        Viewport v = vm.getViewport();
        double from = v.tickAt(Math.min(lastX, p.x()) - CATCH_PX);
        double to = v.tickAt(Math.max(lastX, p.x()) + CATCH_PX);
        int velocity = VelocityLaneLayer.velocityAt(p.y(), laneHeight);
        boolean onlySelected = !before.selection().isEmpty();
        int end = index.endStartingBefore(to);
        boolean changed = false;
        for (int i = index.endStartingBefore(from); i < end; i++) {
            Note n = index.get(i);
            if (onlySelected && !before.selection().contains(n)) continue;
            Integer old = velocities.put(n, velocity);
            changed |= old == null || old != velocity;
        }
        if (changed) vm.preview(NoteCommands.setVelocities(before.song(), velocities, before.selection()));
    }

    @Override
    public void onReleased(RollPointer p) {
        if (before == null || velocities.isEmpty()) return;
        vm.commit("Set velocity of " + NoteCommands.count(velocities.size()), before);
    }
}
