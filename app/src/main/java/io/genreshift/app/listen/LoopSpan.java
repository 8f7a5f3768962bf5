package io.genreshift.app.listen;

import io.genreshift.core.model.TempoMap;

/** A loop over ticks {@code [startTick, endTick)}, from the roll's time selection. */
public record LoopSpan(long startTick, long endTick) {
    public LoopSpan {
        if (startTick < 0 || endTick <= startTick) {
            throw new IllegalArgumentException("a loop needs 0 <= start < end, got " + startTick + ".." + endTick);
        }
    }

    public double startSeconds(TempoMap tempo) {
        return tempo.ticksToSeconds(startTick);
    }

    public double endSeconds(TempoMap tempo) {
        return tempo.ticksToSeconds(endTick);
    }
}
