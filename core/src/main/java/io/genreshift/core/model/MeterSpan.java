package io.genreshift.core.model;

/**
 * A stretch of a song in one meter: ticks {@code [startTick, endTick)}, bars of {@code meter} counted from
 * {@code startTick}. {@code firstBar} is the 1-based number of its first bar in the whole song.
 *
 * @param assumed true for the stretch before the file's first time signature, where the SMF default 4/4 is assumed
 *                rather than stated by the file
 */
public record MeterSpan(long startTick, long endTick, TimeSignature meter, int firstBar, boolean assumed) {

    public MeterSpan {
        if (startTick < 0 || endTick < startTick) {
            throw new IllegalArgumentException("bad span [" + startTick + ", " + endTick + ")");
        }
        if (firstBar < 1) throw new IllegalArgumentException("bars count from 1, was " + firstBar);
        meter = meter.atTick(startTick);
    }

    public long barTicks(int ppq) {
        return meter.barTicks(ppq);
    }

    /** Bars in the span; a partial last bar counts as a bar. */
    public int bars(int ppq) {
        long bar = barTicks(ppq);
        return (int) ((endTick - startTick + bar - 1) / bar);
    }

    /** "4/4", or "none" for the stretch before the first time signature: the key of bar counts by meter. */
    public String meterName() {
        return assumed ? "none" : meter.numerator() + "/" + meter.denominator();
    }
}
