package io.genreshift.ml.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Keeps the generators of every {@code every}-th iteration as model folders {@code <run>/snapshots/step-NNNNN}, so
 * that the run's best point can be chosen afterwards on held-out songs: a CycleGAN's transfer strength swings from
 * checkpoint to checkpoint, and the last one is not necessarily the best.
 */
public final class SnapshotExporter implements TrainingListener {
    public static final String FOLDER = "snapshots";

    private final int every;
    private final String command;

    public SnapshotExporter(int every, String command) {
        if (every < 1) throw new IllegalArgumentException("the snapshot interval must be ≥ 1 iteration, was " + every);
        this.every = every;
        this.command = command;
    }

    /** The folder of the snapshot after {@code step} iterations. */
    public static Path folder(Path runDirectory, long step) {
        return runDirectory.resolve(FOLDER).resolve(String.format(Locale.ROOT, "step-%05d", step));
    }

    @Override
    public void onStep(TrainingRun run, TrainingPosition position, StepLosses losses, float learningRate) {
        long step = position.step();
        if (step % every != 0) return;
        try {
            run.exportGenerators(folder(run.directory(), step), command);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the snapshot of step " + step + " in "
                    + folder(run.directory(), step) + "; free some disk space and resume the run", e);
        }
    }
}
