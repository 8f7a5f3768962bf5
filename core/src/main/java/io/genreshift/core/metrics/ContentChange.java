package io.genreshift.core.metrics;

import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;

/**
 * How much a transfer changed a phrase's content, in active cells (spec §11.2; Brunner et al. 2019, Table 1):
 * {@code added} = cells on in the transfer and off in the source, {@code removed} = cells on in the source and off in
 * the transfer, {@code sourceCells} = cells on in the source. The cells are 16th-note steps × pitches, not note events.
 *
 * <p>The ratios divide by {@code sourceCells}; lower means more content kept. For an empty source they are undefined and
 * return {@link Double#NaN} ({@link #hasRatios()} is false). The reference avoids the case by dropping phrases with
 * ≤ 1 active cell; {@link ContentChangeSummary} skips such phrases.
 */
public record ContentChange(int added, int removed, int sourceCells) {

    public ContentChange {
        if (added < 0 || removed < 0 || sourceCells < 0) {
            throw new IllegalArgumentException("counts must be >= 0: added=" + added + ", removed=" + removed
                    + ", sourceCells=" + sourceCells);
        }
        if (removed > sourceCells) {
            throw new IllegalArgumentException("removed " + removed + " of only " + sourceCells + " source cells");
        }
    }

    /** The plain content change from {@code source} to {@code transfer}. */
    public static ContentChange between(Phrase source, Phrase transfer) {
        return new ContentChange(transfer.countNotIn(source), source.countNotIn(transfer), source.activeCells());
    }

    /**
     * The change after the best circular pitch shift of {@code transfer}: the minimum total over all 84 shifts
     * {@code np.roll(T, j, axis=pitch)}, j = 0..83 (the retention notebook's variant). A transfer that only transposes
     * the source (with wrap-around) thus scores 0. Never larger than {@link #between}, whose shift is j = 0.
     */
    public static ContentChange transpositionInvariant(Phrase source, Phrase transfer) {
        int[] overlap = overlapPerShift(source, transfer);
        int best = 0;
        for (int j = 1; j < PianoRoll.PITCHES; j++) {
            if (overlap[j] > overlap[best]) best = j; // first maximum: ties keep the smallest shift, so j = 0 wins ties
        }
        int s = source.activeCells();
        int t = transfer.activeCells();
        // With a fixed cell count on both sides, the total (s - o) + (t - o) is smallest where the overlap o is largest.
        return new ContentChange(t - overlap[best], s - overlap[best], s);
    }

    /**
     * {@code overlap[j]} = #{cells on in the source and in the transfer shifted up by j pitches (mod 84)}. One pass over
     * the pairs of active cells per step gives all 84 shifts at once: a pair (s, t) overlaps under shift (s − t) mod 84.
     */
    private static int[] overlapPerShift(Phrase source, Phrase transfer) {
        int[] overlap = new int[PianoRoll.PITCHES];
        boolean[][] src = source.toGrid();
        boolean[][] dst = transfer.toGrid();
        int[] srcPitches = new int[PianoRoll.PITCHES];
        int[] dstPitches = new int[PianoRoll.PITCHES];
        for (int step = 0; step < Phrase.STEPS; step++) {
            int ns = activePitches(src[step], srcPitches);
            int nt = activePitches(dst[step], dstPitches);
            for (int a = 0; a < ns; a++) {
                for (int b = 0; b < nt; b++) {
                    overlap[Math.floorMod(srcPitches[a] - dstPitches[b], PianoRoll.PITCHES)]++;
                }
            }
        }
        return overlap;
    }

    private static int activePitches(boolean[] row, int[] out) {
        int n = 0;
        for (int p = 0; p < row.length; p++) if (row[p]) out[n++] = p;
        return n;
    }

    public int total() {
        return added + removed;
    }

    /** False for an empty source, where the ratios are undefined. */
    public boolean hasRatios() {
        return sourceCells > 0;
    }

    /** added / sourceCells, or NaN for an empty source. */
    public double addedRatio() {
        return ratio(added);
    }

    /** removed / sourceCells (0..1), or NaN for an empty source. */
    public double removedRatio() {
        return ratio(removed);
    }

    /** (added + removed) / sourceCells, the paper's c(x) = Σ|x − x̂| / Σx; NaN for an empty source. */
    public double totalRatio() {
        return ratio(total());
    }

    private double ratio(int count) {
        return sourceCells == 0 ? Double.NaN : (double) count / sourceCells;
    }
}
