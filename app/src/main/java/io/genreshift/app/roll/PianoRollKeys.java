package io.genreshift.app.roll;

import javafx.scene.input.KeyCode;

/**
 * The roll's keyboard shortcuts, mapped onto view-model commands. A key the roll does not own (e.g. Ctrl+Q, Space,
 * plain letters other than Q) is reported as not handled, so it stays available to the host's menus and transport.
 * Pure with respect to events: tests call {@link #handle} with a key and modifiers.
 */
public final class PianoRollKeys {
    private final PianoRollViewModel vm;

    public PianoRollKeys(PianoRollViewModel vm) {
        this.vm = vm;
    }

    /** Runs the command bound to the key; returns whether there is one (the event should then be consumed). */
    public boolean handle(KeyCode code, boolean shift, boolean shortcut, boolean alt) {
        if (alt) return false;
        if (shortcut) return handleShortcut(code, shift);
        switch (code) {
            case DELETE, BACK_SPACE -> vm.deleteSelection();
            case UP -> vm.transposeSelection(shift ? 12 : 1);
            case DOWN -> vm.transposeSelection(shift ? -12 : -1);
            case LEFT, RIGHT -> {
                int direction = code == KeyCode.LEFT ? -1 : 1;
                if (vm.getSelection().isEmpty()) scrollOneBar(direction);
                else vm.nudgeSelection(direction);
            }
            case Q -> vm.quantize();
            case ESCAPE -> vm.clearSelection();
            case ENTER -> vm.catchPlayhead();
            case DIGIT1, NUMPAD1 -> vm.toolProperty().set(Tool.DRAW);
            case DIGIT2, NUMPAD2 -> vm.toolProperty().set(Tool.SELECT);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean handleShortcut(KeyCode code, boolean shift) {
        switch (code) {
            case LEFT -> scrollOneBar(-1);
            case RIGHT -> scrollOneBar(1);
            case UP -> vm.scrollBy(0, -12 * vm.getViewport().rowHeight(), true);   // an octave up
            case DOWN -> vm.scrollBy(0, 12 * vm.getViewport().rowHeight(), true);
            case A -> vm.selectAll();
            case C -> vm.copySelection();
            case X -> vm.cutSelection();
            case V -> vm.paste();
            case D -> vm.duplicateSelection();
            case Z -> {
                if (shift) vm.undoStack().redo(); else vm.undoStack().undo();
            }
            case Y -> vm.undoStack().redo();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void scrollOneBar(int direction) {
        Viewport v = vm.getViewport();
        long bar = vm.barGrid().barAt((long) Math.max(0, v.originTick())).length();
        vm.scrollBy(direction * bar * v.pxPerTick(), 0, true);
    }
}
