package io.genreshift.app.roll.gesture;

/** One press–drag–release interaction (Signal's MouseGesture). A new instance handles each press. */
public interface MouseGesture {
    void onPressed(RollPointer p);

    default void onDragged(RollPointer p) {
    }

    default void onReleased(RollPointer p) {
    }
}
