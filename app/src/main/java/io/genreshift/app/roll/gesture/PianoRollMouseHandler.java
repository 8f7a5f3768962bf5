package io.genreshift.app.roll.gesture;

import io.genreshift.app.roll.NoteHit;
import io.genreshift.app.roll.PianoRollViewModel;
import io.genreshift.app.roll.Tool;

/**
 * Chooses the gesture for a press on the roll (Signal's useNoteMouseGesture) and routes the drag and release to it.
 * The choice depends on the button, the tool, the modifiers and what is under the pointer.
 */
public final class PianoRollMouseHandler {
    public enum Button { PRIMARY, MIDDLE, SECONDARY }

    private final PianoRollViewModel vm;
    private MouseGesture active;
    private long generation;

    public PianoRollMouseHandler(PianoRollViewModel vm) {
        this.vm = vm;
    }

    /** @param panHeld the Space key is held (pan with the primary button) */
    public void pressed(RollPointer p, Button button, boolean panHeld) {
        start(choose(p, button, panHeld), p);
    }

    /** Starts a gesture chosen by the caller (the ruler's and the velocity lane's). */
    public void start(MouseGesture gesture, RollPointer p) {
        active = gesture;
        generation = vm.documentGeneration();
        if (active != null) active.onPressed(p);
    }

    public void dragged(RollPointer p) {
        if (stillValid()) active.onDragged(p);
    }

    public void released(RollPointer p) {
        if (stillValid()) active.onReleased(p);
        active = null;
    }

    /**
     * False when the song was replaced from outside since the press (e.g. the A/B key switched versions mid-drag):
     * the gesture is dropped rather than writing the old song's notes into the new one.
     */
    private boolean stillValid() {
        if (active == null) return false;
        if (vm.documentGeneration() == generation) return true;
        active = null;
        vm.rubberBandProperty().set(null);
        return false;
    }

    public boolean isDragging() {
        return active != null;
    }

    /** True while a gesture that edits or selects is under way, i.e. one that wants the view to follow the pointer. */
    public boolean wantsEdgeScroll() {
        return active != null && !(active instanceof PanGesture);
    }

    MouseGesture choose(RollPointer p, Button button, boolean panHeld) {
        if (button == Button.MIDDLE || (button == Button.PRIMARY && panHeld)) return new PanGesture(vm);
        if (!vm.isEditable()) return button == Button.PRIMARY ? new RubberBandGesture(vm) : null;
        NoteHit hit = vm.hit(p.x(), p.y());
        if (button == Button.SECONDARY) {
            return hit != null && vm.toolProperty().get() == Tool.DRAW ? new DeleteNoteGesture(vm, hit.note()) : null;
        }
        if (hit != null) {
            return hit.edge() == null ? new MoveNotesGesture(vm, hit.note()) : new ResizeNoteGesture(vm, hit.note(), hit.edge());
        }
        if (vm.toolProperty().get() == Tool.DRAW && !p.shortcut() && !p.shift()) return new CreateNoteGesture(vm);
        return new RubberBandGesture(vm);
    }
}
