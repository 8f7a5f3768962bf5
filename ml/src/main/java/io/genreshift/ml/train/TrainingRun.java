package io.genreshift.ml.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** What a {@link TrainingListener} may see and do during a run. */
public interface TrainingRun {

    CycleGanConfig config();

    /** The next iteration to run. */
    TrainingPosition position();

    /** The run's output directory (checkpoint, metrics log, models). */
    Path directory();

    /** NDArrays alive in the run's managers; constant from iteration to iteration unless something leaks. */
    int liveArrays();

    /** Writes a checkpoint of the current state atomically, replacing the previous one. */
    void saveCheckpoint() throws IOException;

    /**
     * Writes both generators as they are now into the model folder {@code folder}; their sidecars record the step, the
     * schedule's length and the learning rate, so such a model is never mistaken for a finished one.
     */
    List<Path> exportGenerators(Path folder, String command) throws IOException;
}
