package io.genreshift.core.corpus;

import io.genreshift.core.roll.NoteExtent;

/**
 * Settings of a corpus preparation; all of them are recorded in the report.
 *
 * @param meters    which meters are accepted
 * @param rule      how time signatures are judged: musical (spans of accepted meters) or the reference's strict rule
 * @param seed      seed of the train/test split
 * @param testRatio share of songs in the test split (the reference uses 0.1)
 * @param extent    how notes become piano-roll cells
 * @param threads   files read in parallel
 */
public record PreparationOptions(MeterFilter meters, MeterRule rule, long seed, double testRatio, NoteExtent extent, int threads) {
    public static final long DEFAULT_SEED = 2018;
    public static final double DEFAULT_TEST_RATIO = 0.1;

    public PreparationOptions {
        if (!(testRatio >= 0 && testRatio < 1)) throw new IllegalArgumentException("test ratio must be in [0, 1), was " + testRatio);
        if (meters == null || rule == null) throw new IllegalArgumentException("meters and meter rule are required");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }

    /** 4/4 judged musically, 10 % test, exact note extents, two threads (the reference's with {@link MeterRule#STRICT}). */
    public static PreparationOptions defaults() {
        return new PreparationOptions(MeterFilter.FOUR_FOUR, MeterRule.MUSICAL, DEFAULT_SEED, DEFAULT_TEST_RATIO, NoteExtent.EXACT, 2);
    }

    public PreparationOptions withMeters(MeterFilter newMeters) {
        return new PreparationOptions(newMeters, rule, seed, testRatio, extent, threads);
    }

    public PreparationOptions withRule(MeterRule newRule) {
        return new PreparationOptions(meters, newRule, seed, testRatio, extent, threads);
    }

    public PreparationOptions withSeed(long newSeed) {
        return new PreparationOptions(meters, rule, newSeed, testRatio, extent, threads);
    }

    public PreparationOptions withTestRatio(double newRatio) {
        return new PreparationOptions(meters, rule, seed, newRatio, extent, threads);
    }

    public PreparationOptions withExtent(NoteExtent newExtent) {
        return new PreparationOptions(meters, rule, seed, testRatio, newExtent, threads);
    }

    public PreparationOptions withThreads(int newThreads) {
        return new PreparationOptions(meters, rule, seed, testRatio, extent, newThreads);
    }
}
