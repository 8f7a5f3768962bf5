package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.RollDiff;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The diff view: cells kept, added and removed by a transfer in three colours, one cell per 16th step and pitch.
 * The picture is built once per diff and palette.
 */
public final class DiffLayer implements RollLayer {
    private RollDiff cachedDiff;
    private RollPalette cachedPalette;
    private CellImage image;

    @Override
    public void paint(GraphicsContext g, RollFrame f) {
        RollDiff diff = f.diff();
        if (diff == null) return;
        if (diff != cachedDiff || f.palette() != cachedPalette) {
            RollPalette p = f.palette();
            int kept = argb(p.kept), added = argb(p.added), removed = argb(p.removed);
            image = new CellImage(diff.steps(), (step, pitch) -> switch (diff.cell(step, pitch)) {
                case KEPT -> kept;
                case ADDED -> added;
                case REMOVED -> removed;
                case EMPTY -> 0;
            });
            cachedDiff = diff;
            cachedPalette = p;
        }
        image.draw(g, f.viewport(), f.ppq());
    }

    static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }
}
