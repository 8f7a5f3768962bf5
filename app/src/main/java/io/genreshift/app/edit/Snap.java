package io.genreshift.app.edit;

/**
 * Snapping to a grid of {@code gridTicks}, measured from tick 0. Pure arithmetic; {@link #OFF} snaps to single ticks.
 * Drags snap the position of the grabbed note (so it lands on a grid line), not the drag distance.
 */
public record Snap(long gridTicks) {
    public static final Snap OFF = new Snap(1);

    public Snap {
        if (gridTicks < 1) throw new IllegalArgumentException("gridTicks must be >= 1, was " + gridTicks);
    }

    public static Snap of(GridDivision division, int ppq) {
        return new Snap(division.ticks(ppq));
    }

    /** The grid line nearest to {@code tick}; halves round up (later). Never negative. */
    public long nearest(long tick) {
        long below = floor(tick);
        long result = tick - below >= gridTicks - (tick - below) ? below + gridTicks : below;
        return Math.max(0, result);
    }

    /** The grid line at or before {@code tick}. */
    public long floor(long tick) {
        return Math.floorDiv(tick, gridTicks) * gridTicks;
    }

    /** The grid line at or after {@code tick}. */
    public long ceil(long tick) {
        long f = floor(tick);
        return f == tick ? tick : f + gridTicks;
    }

    /**
     * The delta to apply instead of {@code rawDelta} so that {@code anchor} lands on the grid line nearest to
     * {@code anchor + rawDelta}. This is how a dragged note snaps: the grabbed note's start is the anchor.
     */
    public long snapDelta(long anchor, long rawDelta) {
        return nearest(anchor + rawDelta) - anchor;
    }
}
