package io.genreshift.ml.train;

/**
 * Side effects of a training run (progress, metrics log, checkpoints, a GUI's progress bar) hang off this interface so
 * that the loop itself only trains. All callbacks run on the training thread, between iterations.
 */
public interface TrainingListener {

    /** Before the first iteration (of this process; a resumed run starts mid-way). */
    default void onStart(TrainingRun run) {
    }

    /** After each iteration. {@code position} is the position after it, i.e. the next one to run. */
    default void onStep(TrainingRun run, TrainingPosition position, StepLosses losses, float learningRate) {
    }

    /** After the last iteration of an epoch (0-based {@code epoch}). */
    default void onEpochEnd(TrainingRun run, int epoch) {
    }

    /** When the run stops, finished or not. */
    default void onFinish(TrainingRun run, TrainingSummary summary) {
    }
}
