package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.Viewport;
import io.genreshift.core.roll.PianoRoll;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;

/**
 * A per-cell picture of the model's grid (one pixel per 16th step and pitch of the 84-pitch window), drawn scaled with
 * smoothing off so cells stay crisp. Split into tiles of {@value #TILE_STEPS} steps because GPU pipelines limit the
 * size of one texture.
 */
final class CellImage {
    static final int TILE_STEPS = 2048;
    private final List<WritableImage> tiles = new ArrayList<>();
    private final int steps;

    /** @param argb colour of (step, pitchIndex), 0 for transparent */
    CellImage(int steps, IntBinaryOperator argb) {
        this.steps = steps;
        for (int from = 0; from < steps; from += TILE_STEPS) {
            int w = Math.min(TILE_STEPS, steps - from);
            WritableImage img = new WritableImage(w, PianoRoll.PITCHES);
            PixelWriter out = img.getPixelWriter();
            for (int s = 0; s < w; s++) {
                for (int p = 0; p < PianoRoll.PITCHES; p++) {
                    // Image row 0 is the highest pitch of the window, as on screen.
                    out.setArgb(s, PianoRoll.PITCHES - 1 - p, argb.applyAsInt(from + s, p));
                }
            }
            tiles.add(img);
        }
    }

    void draw(GraphicsContext g, Viewport v, int ppq) {
        if (steps == 0) return;
        double stepTicks = ppq / (double) PianoRoll.STEPS_PER_BEAT;
        int first = Math.max(0, (int) Math.floor(v.originTick() / stepTicks));
        int last = Math.min(steps, (int) Math.ceil(v.endTick() / stepTicks) + 1);
        if (first >= last) return;
        double top = v.y(PianoRoll.HIGHEST_PITCH);
        double height = PianoRoll.PITCHES * v.rowHeight();
        boolean smoothing = g.isImageSmoothing();
        g.setImageSmoothing(false);
        for (int t = first / TILE_STEPS; t * TILE_STEPS < last; t++) {
            int tileStart = t * TILE_STEPS;
            int s0 = Math.max(first, tileStart);
            int s1 = Math.min(last, tileStart + TILE_STEPS);
            double x0 = v.x(s0 * stepTicks);
            double x1 = v.x(s1 * stepTicks);
            g.drawImage(tiles.get(t), s0 - tileStart, 0, s1 - s0, PianoRoll.PITCHES, x0, top, x1 - x0, height);
        }
        g.setImageSmoothing(smoothing);
    }
}
