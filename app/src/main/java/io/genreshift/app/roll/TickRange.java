package io.genreshift.app.roll;

/** A half-open span of ticks {@code [start, end)}, e.g. the loop range of a selection. */
public record TickRange(long start, long end) {
    public TickRange {
        if (start < 0) throw new IllegalArgumentException("start must be >= 0, was " + start);
        if (end < start) throw new IllegalArgumentException("end " + end + " is before start " + start);
    }

    /** The range between two ticks in either order. */
    public static TickRange between(long a, long b) {
        return new TickRange(Math.max(0, Math.min(a, b)), Math.max(0, Math.max(a, b)));
    }

    public long length() {
        return end - start;
    }

    public boolean isEmpty() {
        return end == start;
    }

    public boolean contains(long tick) {
        return tick >= start && tick < end;
    }
}
