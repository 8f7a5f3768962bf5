package io.genreshift.ml.train;

/**
 * The training loop's own random stream (SplitMix64). Unlike {@link java.util.Random} or the engine's generator its
 * whole state is one {@code long}, so a checkpoint can store it and a resumed run draws exactly the numbers the
 * interrupted run would have drawn. Not thread-safe; the loop runs on one thread.
 */
public final class TrainingRandom {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    private TrainingRandom(long state) {
        this.state = state;
    }

    public static TrainingRandom seeded(long seed) {
        return new TrainingRandom(mix(seed));
    }

    /** A stream determined by {@code seed} and {@code stream} alone, e.g. the data order of one epoch. */
    public static TrainingRandom derived(long seed, long stream) {
        return new TrainingRandom(mix(mix(seed) + stream * GOLDEN_GAMMA));
    }

    /** Continues from a state saved with {@link #state()}. */
    public static TrainingRandom restored(long state) {
        return new TrainingRandom(state);
    }

    public long state() {
        return state;
    }

    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive: " + bound);
        return (int) ((nextDouble()) * bound);
    }

    /** Standard normal (Box–Muller; the second value is discarded so that the state stays a single long). */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // (0, 1]: log stays finite
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /** A uniformly random permutation of 0..n-1 (Fisher–Yates). */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
