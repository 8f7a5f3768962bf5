package io.genreshift.ml.train;

import io.genreshift.core.corpus.PhraseDataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Trains a CycleGAN genre-transfer model: the entry point shared by {@code genreshift train}, the app and the tests.
 * The loop only trains; progress, the metrics log and periodic checkpoints are {@link TrainingListener}s.
 */
public final class CycleGanTraining {

    private CycleGanTraining() {
    }

    public static TrainingSummary run(CycleGanConfig config, PhraseDataset data, RunOptions options)
            throws IOException {
        Path checkpoint = options.directory().resolve(CycleGanSession.CHECKPOINT_FILE);
        if (!options.resume() && Files.exists(checkpoint)) {
            throw new IllegalArgumentException("the run directory " + options.directory() + " already holds a "
                    + "checkpoint; pass --resume to continue that run, or choose another --out directory");
        }
        if (options.resume() && !Files.exists(checkpoint)) {
            throw new IllegalArgumentException("there is no checkpoint to resume in " + options.directory()
                    + "; start the run without --resume");
        }
        Files.createDirectories(options.directory());
        try (CycleGanSession session = options.resume()
                ? CycleGanSession.resume(config, data, options.directory())
                : CycleGanSession.start(config, data, options.directory())) {
            return loop(session, options);
        }
    }

    /**
     * Writes the generators of the run's last checkpoint as model files without training, e.g. for a run that
     * {@code --max-minutes} stopped before its last epoch. The sidecar records how far the run got
     * ({@code checkpoint_step}, {@code checkpoint_total_steps}, {@code checkpoint_learning_rate}), so such a model is
     * never mistaken for a finished one.
     */
    public static List<Path> exportCheckpoint(CycleGanConfig config, PhraseDataset data, RunOptions options)
            throws IOException {
        Path checkpoint = options.directory().resolve(CycleGanSession.CHECKPOINT_FILE);
        if (!Files.exists(checkpoint)) {
            throw new IllegalArgumentException("there is no checkpoint to export in " + options.directory()
                    + "; check --out, or train first");
        }
        try (CycleGanSession session = CycleGanSession.resume(config, data, options.directory())) {
            return session.exportGenerators(options.models(), options.command());
        }
    }

    private static TrainingSummary loop(CycleGanSession session, RunOptions options) throws IOException {
        List<TrainingListener> listeners = options.listeners();
        LearningRateSchedule schedule = session.config().schedule();
        long start = System.nanoTime();
        long deadline = options.maxDuration() == null ? Long.MAX_VALUE : start + options.maxDuration().toNanos();
        LossAverager epochLosses = new LossAverager();
        StepLosses lastEpochMean = null;
        long steps = 0;
        listeners.forEach(l -> l.onStart(session));
        while (!session.position().finished() && System.nanoTime() < deadline) {
            int epoch = session.position().epoch();
            float rate = schedule.rate(epoch);
            StepLosses losses = session.step(rate);
            steps++;
            if (!losses.allFinite()) {
                throw new IllegalStateException("the losses stopped being finite at step " + session.position().step()
                        + " (" + losses + "); the last checkpoint in " + options.directory() + " predates this. "
                        + "Try a smaller learning rate or another seed");
            }
            epochLosses.add(losses);
            TrainingPosition now = session.position();
            for (TrainingListener l : listeners) l.onStep(session, now, losses, rate);
            if (now.iteration() == 0) {
                lastEpochMean = epochLosses.mean();
                epochLosses.reset();
                for (TrainingListener l : listeners) l.onEpochEnd(session, epoch);
            }
        }
        boolean completed = session.position().finished();
        // A stop by time limit must be resumable from exactly here, whatever the checkpoint interval.
        if (!completed && steps > 0) session.saveCheckpoint();
        StepLosses mean = epochLosses.count() > 0 ? epochLosses.mean() : lastEpochMean;
        List<Path> models = completed
                ? session.export(options.models(), options.command(), mean, Map.of()) : List.of();
        TrainingSummary summary = new TrainingSummary(session.position(), completed, mean, steps,
                (System.nanoTime() - start) / 1e9, models);
        for (TrainingListener l : listeners) l.onFinish(session, summary);
        return summary;
    }
}
