package io.genreshift.app.roll.layer;

import javafx.scene.canvas.GraphicsContext;

/** One visual layer of the roll (Signal's Lines, GhostNotes, Notes...). Paints only what the viewport shows. */
public interface RollLayer {
    void paint(GraphicsContext g, RollFrame frame);
}
