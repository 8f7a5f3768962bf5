package io.genreshift.app.roll.gesture;

/**
 * A pointer event in roll pixels with the modifiers gestures care about. Gestures take this instead of a
 * {@code MouseEvent} so they can be driven by tests without a window.
 *
 * @param shift    add to / toggle the selection
 * @param shortcut Ctrl (Cmd on macOS)
 * @param alt      bypass snapping
 */
public record RollPointer(double x, double y, boolean shift, boolean shortcut, boolean alt) {
    public static RollPointer at(double x, double y) {
        return new RollPointer(x, y, false, false, false);
    }
}
