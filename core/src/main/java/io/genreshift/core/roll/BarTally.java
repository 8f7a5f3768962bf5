package io.genreshift.core.roll;

/** Bars of one meter that went into phrases ({@code kept}) and that did not ({@code dropped}). */
public record BarTally(int kept, int dropped) {
    public static final BarTally NONE = new BarTally(0, 0);

    public BarTally {
        if (kept < 0 || dropped < 0) throw new IllegalArgumentException("bar counts must be >= 0: " + kept + ", " + dropped);
    }

    public BarTally plus(BarTally other) {
        return new BarTally(kept + other.kept, dropped + other.dropped);
    }

    public int total() {
        return kept + dropped;
    }
}
