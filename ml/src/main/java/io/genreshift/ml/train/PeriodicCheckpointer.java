package io.genreshift.ml.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.LongSupplier;

/** Writes a checkpoint every {@code interval} of wall time and at the end of every epoch. */
public final class PeriodicCheckpointer implements TrainingListener {
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private long lastNanos;

    public PeriodicCheckpointer(Duration interval) {
        this(interval, System::nanoTime);
    }

    PeriodicCheckpointer(Duration interval, LongSupplier nanoClock) {
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public void onStart(TrainingRun run) {
        lastNanos = nanoClock.getAsLong();
    }

    @Override
    public void onStep(TrainingRun run, TrainingPosition position, StepLosses losses, float learningRate) {
        if (nanoClock.getAsLong() - lastNanos >= intervalNanos) save(run);
    }

    @Override
    public void onEpochEnd(TrainingRun run, int epoch) {
        save(run);
    }

    private void save(TrainingRun run) {
        try {
            run.saveCheckpoint();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint in " + run.directory(), e);
        }
        lastNanos = nanoClock.getAsLong();
    }
}
