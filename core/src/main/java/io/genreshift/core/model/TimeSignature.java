package io.genreshift.core.model;

/** A meter event: from {@code tick} on, bars have {@code numerator} beats of 1/{@code denominator}. */
public record TimeSignature(long tick, int numerator, int denominator) {

    public static final TimeSignature FOUR_FOUR = new TimeSignature(0, 4, 4);

    public TimeSignature {
        if (tick < 0) throw new IllegalArgumentException("tick must be >= 0, was " + tick);
        if (numerator < 1) throw new IllegalArgumentException("numerator must be >= 1, was " + numerator);
        if (denominator < 1 || Integer.bitCount(denominator) != 1) {
            throw new IllegalArgumentException("denominator must be a power of two, was " + denominator);
        }
    }

    /** Parses {@code "3/4"} (at tick 0). */
    public static TimeSignature parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) throw new IllegalArgumentException("not a time signature: '" + text + "'");
        return new TimeSignature(0, Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }

    /** Length of one bar in ticks at the given PPQ (quarter-note resolution). */
    public long barTicks(int ppq) {
        return (long) ppq * 4 * numerator / denominator;
    }

    public boolean isFourFour() {
        return numerator == 4 && denominator == 4;
    }

    /** 2/4, 2/2 and 4/4: meters whose bars cut evenly into 4-bar phrases of 16 sixteenths per bar... or half of that. */
    public boolean isDuple() {
        return (numerator == 2 && (denominator == 4 || denominator == 2)) || isFourFour();
    }

    public TimeSignature atTick(long newTick) {
        return new TimeSignature(newTick, numerator, denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator + (tick == 0 ? "" : " @" + tick);
    }
}
