package io.genreshift.ml.train;

/** Running mean of {@link StepLosses}; the metrics log and the epoch summary average over their own windows. */
final class LossAverager {
    private final double[] sums = new double[10];
    private int count;

    void add(StepLosses l) {
        float[] v = values(l);
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
        return new StepLosses(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9]);
    }

    void reset() {
        java.util.Arrays.fill(sums, 0);
        count = 0;
    }

    private static float[] values(StepLosses l) {
        return new float[] {l.generatorAB(), l.generatorBA(), l.generatorMixed(), l.cycle(), l.generator(),
                l.discriminatorA(), l.discriminatorB(), l.discriminatorMixedA(), l.discriminatorMixedB(),
                l.discriminator()};
    }
}
