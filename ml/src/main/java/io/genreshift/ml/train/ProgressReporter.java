package io.genreshift.ml.train;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Prints a progress line at most every {@code interval}: position, iterations per second since the last line, the
 * estimated time to the end of the run and the mean losses since the last line.
 */
public final class ProgressReporter implements TrainingListener {
    private final Consumer<String> out;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final LossAverager window = new LossAverager();
    private long lastNanos;
    private long lastStep;

    public ProgressReporter(Consumer<String> out, Duration interval) {
        this(out, interval, System::nanoTime);
    }

    ProgressReporter(Consumer<String> out, Duration interval, LongSupplier nanoClock) {
        this.out = out;
        this.intervalNanos = interval.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public void onStart(TrainingRun run) {
        lastNanos = nanoClock.getAsLong();
        lastStep = run.position().step();
        TrainingPosition p = run.position();
        out.accept(String.format(Locale.ROOT, "%s %s→%s, %s, %d epochs × %d iterations", p.step() == 0 ? "training"
                        : "resuming at step " + p.step() + " of", run.config().genreA(), run.config().genreB(),
                run.config().describeModel(), p.epochs(), p.iterationsPerEpoch()));
    }

    @Override
    public void onStep(TrainingRun run, TrainingPosition position, StepLosses losses, float learningRate) {
        window.add(losses);
        long now = nanoClock.getAsLong();
        boolean last = position.finished();
        if (now - lastNanos < intervalNanos && !last) return;
        double rate = (position.step() - lastStep) / ((now - lastNanos) / 1e9);
        long remaining = position.totalSteps() - position.step();
        StepLosses m = window.mean();
        out.accept(String.format(Locale.ROOT,
                "epoch %d/%d it %d/%d | %.2f it/s | ETA %s | lr %.2e | G %.4f (adv %.4f/%.4f cyc %.4f%s) | D %.4f"
                        + " | writes %.1f%%/%.1f%%%s",
                Math.min(position.epoch() + 1, position.epochs()), position.epochs(), position.iteration(),
                position.iterationsPerEpoch(), rate, formatDuration(rate > 0 ? remaining / rate : Double.NaN),
                learningRate, m.generator(), m.generatorAB(), m.generatorBA(), m.cycle(),
                m.content() > 0 ? String.format(Locale.ROOT, " content %.4f", m.content()) : "", m.discriminator(),
                100 * m.densityAB(), 100 * m.densityBA(),
                run.config().warmingUp(position.step() - 1) ? " | warm start" : ""));
        window.reset();
        lastNanos = now;
        lastStep = position.step();
    }

    @Override
    public void onFinish(TrainingRun run, TrainingSummary summary) {
        out.accept(String.format(Locale.ROOT, "%s after %d iterations in %s (%.2f it/s)%s",
                summary.completed() ? "finished" : "stopped", summary.stepsThisRun(),
                formatDuration(summary.seconds()), summary.iterationsPerSecond(),
                summary.completed() ? "" : "; continue with --resume"));
    }

    static String formatDuration(double seconds) {
        if (!Double.isFinite(seconds)) return "?";
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
