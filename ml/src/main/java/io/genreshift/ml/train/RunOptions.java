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
 * @param models      where the finished generators go (a model folder such as assets/models); null = directory/models
 */
public record RunOptions(Path directory, boolean resume, Duration maxDuration, String command,
                         List<TrainingListener> listeners, Path models) {

    public RunOptions {
        listeners = List.copyOf(listeners);
        command = command == null ? "" : command;
        models = models == null ? directory.resolve("models") : models;
    }

    public static RunOptions in(Path directory) {
        return new RunOptions(directory, false, null, "", List.of(), null);
    }

    public RunOptions withResume(boolean r) {
        return new RunOptions(directory, r, maxDuration, command, listeners, models);
    }

    public RunOptions withMaxDuration(Duration d) {
        return new RunOptions(directory, resume, d, command, listeners, models);
    }

    public RunOptions withCommand(String c) {
        return new RunOptions(directory, resume, maxDuration, c, listeners, models);
    }

    public RunOptions withModels(Path folder) {
        return new RunOptions(directory, resume, maxDuration, command, listeners, folder);
    }

    public RunOptions withListener(TrainingListener l) {
        List<TrainingListener> all = new ArrayList<>(listeners);
        all.add(l);
        return new RunOptions(directory, resume, maxDuration, command, all, models);
    }
}
