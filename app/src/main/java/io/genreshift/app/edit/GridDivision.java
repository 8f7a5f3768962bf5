package io.genreshift.app.edit;

/** Note values the grid and the snap can use: straight 1/1..1/32 and the two common triplets. */
public enum GridDivision {
    WHOLE("1/1", 1, false),
    HALF("1/2", 2, false),
    QUARTER("1/4", 4, false),
    EIGHTH("1/8", 8, false),
    SIXTEENTH("1/16", 16, false),
    THIRTY_SECOND("1/32", 32, false),
    EIGHTH_TRIPLET("1/8T", 8, true),
    SIXTEENTH_TRIPLET("1/16T", 16, true);

    private final String label;
    private final int denominator;
    private final boolean triplet;

    GridDivision(String label, int denominator, boolean triplet) {
        this.label = label;
        this.denominator = denominator;
        this.triplet = triplet;
    }

    /** Length of one division in ticks at {@code ppq} (ticks per quarter note); never below one tick. */
    public long ticks(int ppq) {
        if (ppq < 1) throw new IllegalArgumentException("ppq must be >= 1, was " + ppq);
        long wholeNote = 4L * ppq;
        long ticks = triplet ? wholeNote * 2 / (3L * denominator) : wholeNote / denominator;
        return Math.max(1, ticks);
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
