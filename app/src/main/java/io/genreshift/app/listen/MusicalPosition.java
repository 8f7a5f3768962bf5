package io.genreshift.app.listen;

import io.genreshift.core.model.TempoMap;

/** Converts a playback time in one version to the same musical position (tick) in another. Pure. */
public final class MusicalPosition {
    private MusicalPosition() {
    }

    /** The time in {@code to} at the tick that {@code seconds} reaches in {@code from}. Identity when both maps agree. */
    public static double map(double seconds, TempoMap from, TempoMap to) {
        if (from == to) return seconds;
        long tick = from.secondsToTicks(seconds);
        // Ticks are whole: keep the fraction of the tick so that equal maps give the same time back.
        double tickStart = from.ticksToSeconds(tick);
        double tickEnd = from.ticksToSeconds(tick + 1);
        double frac = tickEnd > tickStart ? (seconds - tickStart) / (tickEnd - tickStart) : 0;
        double toStart = to.ticksToSeconds(tick);
        return toStart + frac * (to.ticksToSeconds(tick + 1) - toStart);
    }
}
