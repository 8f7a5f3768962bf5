package io.genreshift.ml.train;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of {@link CycleGanTraining#run}.
 *
 * @param position        the next iteration that would run (equal to the end when {@code completed})
 * @param completed       whether all epochs ran; false when a time limit stopped the run (resume it with --resume)
 * @param meanLosses      mean losses over the last epoch run (or the part of it this process ran); null if no step ran
 * @param stepsThisRun    iterations executed by this process
 * @param seconds         wall time of this process's training loop
 * @param models          the exported model files (empty unless completed)
 */
public record TrainingSummary(TrainingPosition position, boolean completed, StepLosses meanLosses, long stepsThisRun,
                              double seconds, List<Path> models) {
    public TrainingSummary {
        models = List.copyOf(models);
    }

    public double iterationsPerSecond() {
        return seconds > 0 ? stepsThisRun / seconds : 0;
    }
}
