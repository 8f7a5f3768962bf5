package io.genreshift.app.roll.layer;

import javafx.scene.paint.Color;

/** The saliency colour ramp (ColorBrewer YlOrRd: pale yellow for low, dark red for high scores). */
public final class HeatScale {
    private static final double[][] STOPS = {
            {255, 237, 160}, {254, 178, 76}, {240, 59, 32}, {128, 0, 38}};

    private HeatScale() {
    }

    /** Colour for {@code t} in 0..1 (clamped), fully opaque. */
    public static Color color(double t) {
        double x = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(x));
        double f = x - i;
        double[] a = STOPS[i], b = STOPS[i + 1];
        return Color.rgb((int) Math.round(a[0] + f * (b[0] - a[0])), (int) Math.round(a[1] + f * (b[1] - a[1])),
                (int) Math.round(a[2] + f * (b[2] - a[2])));
    }

    /**
     * ARGB of a cell with {@code score}, or 0 (transparent) below {@code threshold}. Scores above the threshold are
     * stretched over the whole ramp so the hottest cells stand out; weak cells are also more transparent.
     */
    public static int argb(double score, double threshold) {
        if (!(score >= threshold) || score <= 0) return 0;
        double t = threshold >= 1 ? 1 : (score - threshold) / (1 - threshold);
        Color c = color(t);
        int alpha = (int) Math.round(255 * (0.65 + 0.35 * Math.min(1, t)));
        return (alpha << 24) | ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }
}
