package io.genreshift.ml.train;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How to run a training job, as opposed to what to train ({@link CycleGanConfig}): where its files go, whether it
 * continues an interrupted run, when to stop, who listens.
 *
 * @param directory   run directory: checkpoint, metrics log, exported models
 * @param resume      continue from the checkpoint in {@code directory}
 * @param maxDuration stop (after writing a checkpoint) once this much wall time has passed; null = no limit
 * @param command     the command line that started the run, recorded in the model sidecars
 * @param listeners   progress, metrics, checkpoints, GUI updates
 */
public record RunOptions(Path directory, boolean resume, Duration maxDuration, String command,
                         List<TrainingListener> listeners) {

    public RunOptions {
        listeners = List.copyOf(listeners);
        command = command == null ? "" : command;
    }

    public static RunOptions in(Path directory) {
        return new RunOptions(directory, false, null, "", List.of());
    }

    public RunOptions withResume(boolean r) {
        return new RunOptions(directory, r, maxDuration, command, listeners);
    }

    public RunOptions withMaxDuration(Duration d) {
        return new RunOptions(directory, resume, d, command, listeners);
    }

    public RunOptions withCommand(String c) {
        return new RunOptions(directory, resume, maxDuration, c, listeners);
    }

    public RunOptions withListener(TrainingListener l) {
        List<TrainingListener> all = new ArrayList<>(listeners);
        all.add(l);
        return new RunOptions(directory, resume, maxDuration, command, all);
    }
}
