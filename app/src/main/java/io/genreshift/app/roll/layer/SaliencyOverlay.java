package io.genreshift.app.roll.layer;

import io.genreshift.app.roll.SaliencyLayer;
import javafx.scene.canvas.GraphicsContext;

/**
 * The saliency heat map over the roll: one cell per 16th step and pitch, cells under the threshold left clear,
 * the layer's opacity applied as a whole. The picture is rebuilt only when the scores or the threshold change.
 */
public final class SaliencyOverlay implements RollLayer {
    private float[] cachedScores;
    private double cachedThreshold = Double.NaN;
    private CellImage image;

    @Override
    public void paint(GraphicsContext g, RollFrame f) {
        SaliencyLayer layer = f.saliency();
        if (layer == null || layer.opacity() <= 0) return;
        if (layer.scores() != cachedScores || layer.threshold() != cachedThreshold) {
            image = new CellImage(layer.steps(), (step, pitch) -> HeatScale.argb(layer.score(step, pitch), layer.threshold()));
            cachedScores = layer.scores();
            cachedThreshold = layer.threshold();
        }
        double alpha = g.getGlobalAlpha();
        g.setGlobalAlpha(layer.opacity());
        image.draw(g, f.viewport(), f.ppq());
        g.setGlobalAlpha(alpha);
    }
}
