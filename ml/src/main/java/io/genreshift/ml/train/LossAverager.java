package io.genreshift.ml.train;

/** Running mean of {@link StepLosses}; the metrics log and the epoch summary average over their own windows. */
final class LossAverager {
    private final double[] sums = new double[StepLosses.COUNT];
    private int count;

    void add(StepLosses l) {
        float[] v = l.values();
        for (int i = 0; i < v.length; i++) sums[i] += v[i];
        count++;
    }

    int count() {
        return count;
    }

    /** The mean so far, or null when nothing was added. */
    StepLosses mean() {
        if (count == 0) return null;
        float[] m = new float[sums.length];
        for (int i = 0; i < m.length; i++) m[i] = (float) (sums[i] / count);
        return StepLosses.of(m);
    }

    void reset() {
        java.util.Arrays.fill(sums, 0);
        count = 0;
    }
}
