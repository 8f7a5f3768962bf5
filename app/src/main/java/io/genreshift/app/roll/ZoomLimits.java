package io.genreshift.app.roll;

/**
 * How far the roll may zoom: horizontal scale in pixels per tick and row height in pixels.
 * The horizontal limits depend on the PPQ: {@link #forPpq} allows from a 4/4 bar in a quarter pixel (long songs fit) up to a
 * quarter note in 1000 px (a 32nd note in 125 px).
 */
public record ZoomLimits(double minPxPerTick, double maxPxPerTick, double minRowHeight, double maxRowHeight) {
    public ZoomLimits {
        if (!(minPxPerTick > 0) || maxPxPerTick < minPxPerTick) {
            throw new IllegalArgumentException("bad px/tick limits " + minPxPerTick + ".." + maxPxPerTick);
        }
        if (!(minRowHeight > 0) || maxRowHeight < minRowHeight) {
            throw new IllegalArgumentException("bad row height limits " + minRowHeight + ".." + maxRowHeight);
        }
    }

    public static ZoomLimits forPpq(int ppq) {
        return new ZoomLimits(1.0 / (16.0 * ppq), 1000.0 / ppq, 2, 48);
    }

    public double clampPxPerTick(double v) {
        return Math.max(minPxPerTick, Math.min(maxPxPerTick, v));
    }

    public double clampRowHeight(double v) {
        return Math.max(minRowHeight, Math.min(maxRowHeight, v));
    }
}
