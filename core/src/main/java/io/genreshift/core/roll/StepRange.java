package io.genreshift.core.roll;

/** Sixteenth steps {@code [from, to)} of a roll. */
public record StepRange(int from, int to) {
    public StepRange {
        if (from < 0 || to < from) throw new IllegalArgumentException("bad step range [" + from + ", " + to + ")");
    }

    public int length() {
        return to - from;
    }
}
