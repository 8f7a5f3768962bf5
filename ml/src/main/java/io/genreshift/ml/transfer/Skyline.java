package io.genreshift.ml.transfer;

import io.genreshift.core.roll.PianoRoll;

/**
 * The skyline melody of a piano roll, the highest sounding pitch at each step, and the {@code --keep-melody} repair
 * that makes a transfer keep it. Brunner et al. (2019) name "regularization that keeps the melody (e.g. skyline notes)"
 * as future work; this is the simplest guarantee, applied after the generator rather than trained into it.
 */
public final class Skyline {
    /** {@link #of} value for a silent step. */
    public static final int SILENT = -1;

    private Skyline() {
    }

    /** The highest active pitch index (0..83) per step, or {@link #SILENT}. */
    public static int[] of(PianoRoll roll) {
        int[] top = new int[roll.steps()];
        for (int step = 0; step < roll.steps(); step++) {
            top[step] = SILENT;
            for (int p = PianoRoll.PITCHES - 1; p >= 0; p--) {
                if (roll.get(step, p)) {
                    top[step] = p;
                    break;
                }
            }
        }
        return top;
    }

    /**
     * {@code transfer} with the skyline of {@code source} put back on top: at every step where the source sounds, its
     * highest note is switched on and the transfer's notes above it are switched off, so the melody is not only present
     * but still the highest voice, as a listener follows it. Steps where the source is silent are left as transferred.
     * Afterwards {@code of(result)[s] == of(source)[s]} for every step the source sounds at.
     *
     * @throws IllegalArgumentException when the rolls differ in length
     */
    public static PianoRoll keep(PianoRoll source, PianoRoll transfer) {
        if (source.steps() != transfer.steps()) {
            throw new IllegalArgumentException("source has " + source.steps() + " steps, transfer " + transfer.steps());
        }
        int[] melody = of(source);
        boolean[][] grid = new boolean[transfer.steps()][PianoRoll.PITCHES];
        for (int step = 0; step < grid.length; step++) {
            for (int p = 0; p < PianoRoll.PITCHES; p++) grid[step][p] = transfer.get(step, p);
            if (melody[step] == SILENT) continue;
            grid[step][melody[step]] = true;
            for (int p = melody[step] + 1; p < PianoRoll.PITCHES; p++) grid[step][p] = false;
        }
        return PianoRoll.of(grid);
    }
}
