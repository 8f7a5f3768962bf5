package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.TickRange;
import io.genreshift.app.roll.Viewport;
import io.genreshift.core.model.Note;
import javafx.scene.canvas.GraphicsContext;

/** The loop range band, outlines around selected notes (also over the diff view) and the rubber band while dragging. */
public final class SelectionLayer implements RollLayer {
    @Override
    public void paint(GraphicsContext g, RollFrame f) {
        Viewport v = f.viewport();
        RollPalette p = f.palette();
        TickRange loop = f.loopRange();
        if (loop != null && !loop.isEmpty()) {
            g.setFill(p.loopRangeFill);
            g.fillRect(v.x(loop.start()), 0, loop.length() * v.pxPerTick(), v.height());
        }
        if (!f.selection().isEmpty() && f.selection().size() <= 5000) {
            g.setStroke(p.selectedOutline);
            g.setLineWidth(1.5);
            double from = v.originTick(), to = v.endTick();
            int top = v.topVisiblePitch(), bottom = v.bottomVisiblePitch();
            for (Note n : f.selection().notes()) {
                if (n.end() < from || n.start() > to || n.pitch() > top || n.pitch() < bottom) continue;
                g.strokeRect(v.x(n.start()), v.y(n.pitch()), Math.max(1, n.duration() * v.pxPerTick()), v.rowHeight());
            }
        }
        double[] band = f.rubberBand();
        if (band != null) {
            double x0 = v.x(Math.min(band[0], band[1])), x1 = v.x(Math.max(band[0], band[1]));
            double y0 = v.y((int) Math.max(band[2], band[3])), y1 = v.y((int) Math.min(band[2], band[3])) + v.rowHeight();
            g.setFill(p.rubberBandFill);
            g.fillRect(x0, y0, x1 - x0, y1 - y0);
            g.setStroke(p.rubberBandStroke);
            g.setLineWidth(1);
            g.strokeRect(Math.floor(x0) + 0.5, Math.floor(y0) + 0.5, Math.max(0, Math.floor(x1 - x0) - 1), Math.max(0, Math.floor(y1 - y0) - 1));
        }
    }
}
