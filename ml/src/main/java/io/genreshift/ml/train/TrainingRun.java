package io.genreshift.ml.train;

import java.io.IOException;
import java.nio.file.Path;

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
}
