package io.genreshift.core.model;

/** A tempo event: from {@code tick} on, a quarter note lasts {@code microsPerQuarter} µs. */
public record TempoChange(long tick, int microsPerQuarter) {

    public TempoChange {
        if (tick < 0) throw new IllegalArgumentException("tick must be >= 0, was " + tick);
        if (microsPerQuarter < 1) throw new IllegalArgumentException("microsPerQuarter must be >= 1, was " + microsPerQuarter);
    }

    public static TempoChange ofBpm(long tick, double bpm) {
        return new TempoChange(tick, (int) Math.round(60_000_000.0 / bpm));
    }

    public double bpm() {
        return 60_000_000.0 / microsPerQuarter;
    }
}
