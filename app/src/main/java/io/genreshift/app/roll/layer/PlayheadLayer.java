package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.Viewport;
import javafx.scene.canvas.GraphicsContext;

/** The playhead line. In the view it sits on its own canvas so playback repaints only this layer, not the notes. */
public final class PlayheadLayer implements RollLayer {
    @Override
    public void paint(GraphicsContext g, RollFrame f) {
        Viewport v = f.viewport();
        double x = v.x(f.playheadTick());
        if (x < -2 || x > v.width() + 2) return;
        g.setFill(f.palette().playhead);
        g.fillRect(Math.floor(x), 0, 2, v.height());
        g.fillPolygon(new double[]{x - 5, x + 6, x + 0.5}, new double[]{0, 0, 7}, 3);
    }
}
