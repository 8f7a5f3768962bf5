package io.genreshift.ml.train;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Appends one JSON object per {@code every} iterations, and one at each epoch end, to {@code metrics.jsonl}: the step, epoch, learning rate, wall
 * time of this process, the mean of each loss over those iterations (keys of {@link StepLosses#byKey()}), the number
 * of live NDArrays, the resident memory of the process and the committed Java heap.
 * {@code genreshift plot} draws it.
 *
 * <p>On resume the lines at or after the checkpoint's step are dropped first: the interrupted run logged iterations
 * that the resumed run repeats, and the curve should not show them twice.
 */
public final class MetricsLog implements TrainingListener {
    public static final String FILE_NAME = "metrics.jsonl";

    private final int every;
    private final LossAverager window = new LossAverager();
    private final long startNanos = System.nanoTime();
    private BufferedWriter out;
    private float lastRate;

    public MetricsLog(int every) {
        if (every < 1) throw new IllegalArgumentException("log interval must be ≥ 1 iteration: " + every);
        this.every = every;
    }

    @Override
    public void onStart(TrainingRun run) {
        Path file = run.directory().resolve(FILE_NAME);
        try {
            dropLinesFrom(file, run.position().step());
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the metrics log " + file, e);
        }
    }

    @Override
    public void onStep(TrainingRun run, TrainingPosition position, StepLosses losses, float learningRate) {
        window.add(losses);
        lastRate = learningRate;
        if (position.step() % every == 0) write(run, position); // step = iterations done so far
    }

    /** Epochs end with a line of their own, so that short epochs and short runs still have a curve. */
    @Override
    public void onEpochEnd(TrainingRun run, int epoch) {
        if (window.count() > 0) write(run, run.position());
    }

    private void write(TrainingRun run, TrainingPosition position) {
        JsonObject o = new JsonObject();
        o.addProperty("step", position.step());
        o.addProperty("epoch", (double) position.step() / position.iterationsPerEpoch());
        o.addProperty("lr", lastRate);
        o.addProperty("seconds", (System.nanoTime() - startNanos) / 1e9);
        for (Map.Entry<String, Float> e : window.mean().byKey().entrySet()) o.addProperty(e.getKey(), e.getValue());
        // Memory, so that every run's log shows whether it stays flat: live NDArrays and the process's resident size.
        o.addProperty("live_arrays", run.liveArrays());
        o.addProperty("rss_mb", ResidentMemory.megabytes());
        o.addProperty("heap_mb", Runtime.getRuntime().totalMemory() / (1024.0 * 1024.0)); // rss − heap ≈ native
        window.reset();
        try {
            out.write(o.toString());
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the metrics log in " + run.directory(), e);
        }
    }

    @Override
    public void onFinish(TrainingRun run, TrainingSummary summary) {
        try {
            if (out != null) out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dropLinesFrom(Path file, long step) throws IOException {
        if (!Files.exists(file)) return;
        List<String> kept = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            try {
                if (JsonParser.parseString(line).getAsJsonObject().get("step").getAsLong() <= step) kept.add(line);
            } catch (RuntimeException e) {
                // a line cut short by kill -9: drop it
            }
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, kept, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
