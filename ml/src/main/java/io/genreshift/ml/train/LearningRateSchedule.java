package io.genreshift.ml.train;

/**
 * The reference schedule (spec §7.2): the base rate for the first {@code constantEpochs} epochs, then a linear decay
 * that would reach 0 at epoch {@code totalEpochs}: {@code base · (E − e) / (E − constantEpochs)} for 0-based epoch e.
 */
public record LearningRateSchedule(float baseRate, int constantEpochs, int totalEpochs) {

    public LearningRateSchedule {
        if (baseRate <= 0) throw new IllegalArgumentException("learning rate must be positive: " + baseRate);
        if (constantEpochs < 0 || totalEpochs < 1) {
            throw new IllegalArgumentException("bad schedule: constant " + constantEpochs + ", total " + totalEpochs);
        }
    }

    /** The rate for 0-based {@code epoch}. */
    public float rate(int epoch) {
        if (epoch < 0 || epoch >= totalEpochs) {
            throw new IllegalArgumentException("epoch " + epoch + " outside 0.." + (totalEpochs - 1));
        }
        if (epoch < constantEpochs) return baseRate;
        return baseRate * (totalEpochs - epoch) / (totalEpochs - constantEpochs);
    }
}
