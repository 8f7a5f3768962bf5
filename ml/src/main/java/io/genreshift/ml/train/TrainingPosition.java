package io.genreshift.ml.train;

/**
 * Where a run is: the next iteration to execute. {@code step} counts iterations over the whole run (0-based).
 *
 * @param epoch              0-based epoch
 * @param iteration          0-based iteration within the epoch
 * @param iterationsPerEpoch min(|A|, |B|) / batch size (spec §14), possibly capped by the config
 * @param epochs             total epochs of the run
 */
public record TrainingPosition(int epoch, int iteration, int iterationsPerEpoch, int epochs) {

    public TrainingPosition {
        if (iterationsPerEpoch < 1) throw new IllegalArgumentException("an epoch needs at least one iteration");
        if (epoch < 0 || iteration < 0 || iteration >= iterationsPerEpoch || epoch > epochs) {
            throw new IllegalArgumentException("bad position: epoch " + epoch + " iteration " + iteration);
        }
    }

    public static TrainingPosition start(int iterationsPerEpoch, int epochs) {
        return new TrainingPosition(0, 0, iterationsPerEpoch, epochs);
    }

    public long step() {
        return (long) epoch * iterationsPerEpoch + iteration;
    }

    public long totalSteps() {
        return (long) epochs * iterationsPerEpoch;
    }

    public boolean finished() {
        return epoch >= epochs;
    }

    /** The position after this iteration has run. */
    public TrainingPosition next() {
        return iteration + 1 < iterationsPerEpoch
                ? new TrainingPosition(epoch, iteration + 1, iterationsPerEpoch, epochs)
                : new TrainingPosition(epoch + 1, 0, iterationsPerEpoch, epochs);
    }
}
