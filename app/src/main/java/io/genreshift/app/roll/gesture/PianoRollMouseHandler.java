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

    public PianoRollMouseHandler(PianoRollViewModel vm) {
        this.vm = vm;
    }

    /** @param panHeld the Space key is held (pan with the primary button) */
    public void pressed(RollPointer p, Button button, boolean panHeld) {
        active = choose(p, button, panHeld);
        if (active != null) active.onPressed(p);
    }

    public void dragged(RollPointer p) {
        if (active != null) active.onDragged(p);
    }

    public void released(RollPointer p) {
        if (active != null) active.onReleased(p);
        active = null;
    }

    public boolean isDragging() {
        return active != null;
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
