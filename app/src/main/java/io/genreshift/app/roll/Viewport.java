package io.genreshift.app.roll;

import io.genreshift.core.model.Note;

/**
 * The visible window of the roll and the coordinate transform (Signal's NoteCoordTransform): tick ↔ x, pitch ↔ y.
 * Pure and immutable; every scroll or zoom returns a new viewport.
 * <p>
 * Time runs left to right from {@code originTick} at x = 0, scaled by {@code pxPerTick}. Pitch rows run top to bottom
 * from MIDI 127 (row 0) to 0 (row 127); {@code topRow} is the (fractional) row at y = 0 and each row is
 * {@code rowHeight} px tall. x and y are in the roll's own pixels, without the keyboard and ruler.
 */
public record Viewport(double width, double height, double originTick, double topRow, double pxPerTick, double rowHeight) {
    public static final int ROWS = 128;
    private static final int TOP_PITCH = ROWS - 1;

    public Viewport {
        if (!(pxPerTick > 0)) throw new IllegalArgumentException("pxPerTick must be > 0, was " + pxPerTick);
        if (!(rowHeight > 0)) throw new IllegalArgumentException("rowHeight must be > 0, was " + rowHeight);
        width = Math.max(0, width);
        height = Math.max(0, height);
    }

    /** A first view: a quarter note in 48 px, 12 px rows, middle C roughly centred. */
    public static Viewport initial(int ppq, double width, double height) {
        double rowHeight = 12;
        double topRow = TOP_PITCH - 60 - height / rowHeight / 2;
        return new Viewport(width, height, 0, Math.max(0, topRow), 48.0 / ppq, rowHeight);
    }

    public double x(double tick) {
        return (tick - originTick) * pxPerTick;
    }

    public double tickAt(double x) {
        return originTick + x / pxPerTick;
    }

    /** Top edge of the row of {@code pitch}. */
    public double y(int pitch) {
        return (TOP_PITCH - pitch - topRow) * rowHeight;
    }

    /** The pitch whose row contains {@code y} (may lie outside 0..127 beyond the keyboard). */
    public int pitchAt(double y) {
        return TOP_PITCH - (int) Math.floor(y / rowHeight + topRow);
    }

    /** The note's rectangle as {x, y, width, height}. */
    public double[] rect(Note note) {
        return new double[]{x(note.start()), y(note.pitch()), note.duration() * pxPerTick, rowHeight};
    }

    public double visibleTicks() {
        return width / pxPerTick;
    }

    public double endTick() {
        return tickAt(width);
    }

    public double visibleRows() {
        return height / rowHeight;
    }

    /** Highest pitch with any part of its row on screen. */
    public int topVisiblePitch() {
        return Math.min(TOP_PITCH, pitchAt(0));
    }

    /** Lowest pitch with any part of its row on screen. */
    public int bottomVisiblePitch() {
        return Math.max(0, pitchAt(Math.max(0, height - 1e-9)));
    }

    public Viewport withSize(double newWidth, double newHeight) {
        return new Viewport(newWidth, newHeight, originTick, topRow, pxPerTick, rowHeight);
    }

    public Viewport withOrigin(double newOriginTick, double newTopRow) {
        return new Viewport(width, height, newOriginTick, newTopRow, pxPerTick, rowHeight);
    }

    /** Scrolls by pixels (positive dx shows later music, positive dy shows lower pitches). */
    public Viewport scrolledBy(double dx, double dy) {
        return withOrigin(originTick + dx / pxPerTick, topRow + dy / rowHeight);
    }

    /** Time zoom by {@code factor} (> 1 zooms in) keeping the tick under {@code anchorX} in place. */
    public Viewport zoomedTime(double factor, double anchorX, ZoomLimits limits) {
        double anchorTick = tickAt(anchorX);
        double scale = limits.clampPxPerTick(pxPerTick * factor);
        return new Viewport(width, height, anchorTick - anchorX / scale, topRow, scale, rowHeight);
    }

    /** Pitch zoom by {@code factor} (> 1 zooms in) keeping the row position under {@code anchorY} in place. */
    public Viewport zoomedPitch(double factor, double anchorY, ZoomLimits limits) {
        double anchorRow = topRow + anchorY / rowHeight;
        double h = limits.clampRowHeight(rowHeight * factor);
        return new Viewport(width, height, originTick, anchorRow - anchorY / h, pxPerTick, h);
    }

    /**
     * Shows ticks {@code [0, lengthTicks)} across the width and pitches {@code low..high} down the height (within the
     * zoom limits; when the rows cannot shrink enough, the middle of the range is shown).
     */
    public Viewport fitted(long lengthTicks, int low, int high, ZoomLimits limits) {
        double scale = limits.clampPxPerTick(width / Math.max(1, lengthTicks));
        int rows = Math.max(1, high - low + 1);
        double h = limits.clampRowHeight(height / rows);
        double middleRow = TOP_PITCH - (low + high) / 2.0;
        double top = middleRow + 0.5 - height / h / 2;
        return new Viewport(width, height, 0, top, scale, h);
    }

    /**
     * Keeps the view inside the content: time from 0 to {@code contentTicks}, rows 0..127. When the content is smaller
     * than the view, it starts at the left or is centred vertically.
     */
    public Viewport clamped(double contentTicks) {
        double maxOrigin = Math.max(0, contentTicks - visibleTicks());
        double origin = Math.max(0, Math.min(maxOrigin, originTick));
        double maxTop = ROWS - visibleRows();
        double top = maxTop < 0 ? maxTop / 2 : Math.max(0, Math.min(maxTop, topRow));
        if (origin == originTick && top == topRow) return this;
        return withOrigin(origin, top);
    }
}
