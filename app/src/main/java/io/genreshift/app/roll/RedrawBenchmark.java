package io.genreshift.app.roll;

import io.genreshift.app.edit.NoteCommands;
import io.genreshift.app.edit.Snapshot;
import io.genreshift.app.roll.layer.RollPainter;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Times full redraws of the piano roll (keyboard, ruler, every content layer) for a large song, the way the view
 * paints: through {@link RollPainter} into canvases. Run on the FX thread; the CLI's {@code bench-ui} command wraps it.
 * <p>
 * Per scenario: <b>paint</b> is the time on the FX thread for the frame's step (scroll, zoom or edit) and all
 * drawing commands (what blocks input), as wall time and as the thread's CPU time (robust on a busy machine);
 * <b>paint+raster</b> adds a software snapshot of the whole component
 * (keyboard, ruler, roll, velocity lane, painted into one canvas), an upper bound for the render thread's work.
 */
public final class RedrawBenchmark {
    /** One scenario's per-frame times: paint and paint+raster, each as wall and as CPU time. */
    public record Result(String scenario, int frames, FrameTimes paint, FrameTimes paintCpu, FrameTimes paintAndRaster,
                         FrameTimes paintAndRasterCpu) {
    }

    /** The measured frames' times in milliseconds, in frame order. */
    public record FrameTimes(double[] ms) {
        public double median() {
            return percentile(50);
        }

        public double p95() {
            return percentile(95);
        }

        /** Nearest-rank percentile; NaN when nothing was measured. */
        double percentile(double p) {
            if (ms.length == 0) return Double.NaN;
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }
    }

    /** CPU time of the FX thread: unlike wall time, not inflated when other processes share the cores. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long rendererThreadId = -1;
    private final PianoRollViewModel vm;
    private final RollPainter painter = new RollPainter();
    /** One canvas holding the whole component (keyboard, ruler, roll, lane), so one snapshot rasterizes everything. */
    private final Canvas window;

    public RedrawBenchmark(Song song, double width, double height) {
        vm = new PianoRollViewModel(song);
        vm.resize(width, height);
        Viewport v = vm.getViewport();
        window = new Canvas(RollPainter.componentWidth(v), RollPainter.componentHeight(v, true));
    }

    public PianoRollViewModel viewModel() {
        return vm;
    }

    /**
     * Runs the standard scenarios: the whole song fitted (every note visible), scrolling page by page through the
     * song at the default zoom, a time-zoom sweep from fitted to close-up and back, and one step of a note drag (the
 * edit on the whole song, re-indexing and the repaint: what each mouse-drag event costs).
     */
    public List<Result> run(int framesPerScenario, int warmupFrames) {
        List<Result> out = new ArrayList<>();
        out.add(measureBaseline(framesPerScenario, warmupFrames));
        vm.zoomToFit();
        out.add(measure("fit (whole song visible)", framesPerScenario, warmupFrames, i -> { }));
        vm.zoomToFit();
        vm.zoomTime(16, 0);
        double pagePx = vm.getViewport().width() * 0.5;
        out.add(measure("scroll (half a page per frame)", framesPerScenario, warmupFrames, i -> {
            Viewport v = vm.getViewport();
            if (v.endTick() >= vm.contentTicks() - 1) vm.scrollTo(0, v.topRow(), true);
            else vm.scrollBy(pagePx, 0, true);
        }));
        vm.zoomToFit();
        double[] factor = {1.15};
        out.add(measure("zoom sweep (x1.15 per frame)", framesPerScenario, warmupFrames, i -> {
            Viewport before = vm.getViewport();
            vm.zoomTime(factor[0], before.width() / 2);
            if (vm.getViewport().pxPerTick() == before.pxPerTick()) factor[0] = 1 / factor[0];
        }));
        vm.zoomToFit();
        vm.zoomTime(16, 0);
        Note grabbed = vm.getSong().notes().get(vm.getSong().notes().size() / 64);
        vm.select(List.of(grabbed));
        Snapshot before = vm.current();
        out.add(measure("drag step (move 1 of all notes)", framesPerScenario, warmupFrames, i -> vm.preview(
                NoteCommands.move(before.song(), before.selection(), (i & 7) * 120L, i % 3))));
        return out;
    }

    /** A scenario: {@code step} moves the view or edits the song for frame i, then the whole roll is painted. */
    private Result measure(String name, int frames, int warmup, IntConsumer step) {
        return time(name, frames, warmup, i -> {
            step.accept(i);
            paintOnce();
        });
    }

    /** The same loop with one background fill instead of the roll: what the snapshot itself costs. */
    private Result measureBaseline(int frames, int warmup) {
        return time("baseline (one fill, snapshot cost)", frames, warmup, i -> {
            GraphicsContext g = window.getGraphicsContext2D();
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, window.getWidth(), window.getHeight());
        });
    }

    /** Times {@code warmup} unmeasured, then {@code frames} measured frames: {@code draw} of frame i, then a snapshot. */
    private Result time(String name, int frames, int warmup, IntConsumer draw) {
        double[] paint = new double[frames];
        double[] cpu = new double[frames];
        double[] raster = new double[frames];
        double[] rasterCpu = new double[frames];
        for (int i = -warmup; i < frames; i++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            draw.accept(i);
            long t1 = System.nanoTime();
            long c1 = THREADS.getCurrentThreadCpuTime();
            long r1 = rendererCpuNanos();
            window.snapshot(null, null); // also hands the command buffer over, so it never grows between frames
            long t2 = System.nanoTime();
            long c2 = THREADS.getCurrentThreadCpuTime();
            long r2 = rendererCpuNanos();
            if (i >= 0) {
                paint[i] = (t1 - t0) / 1e6;
                cpu[i] = (c1 - c0) / 1e6;
                raster[i] = (t2 - t0) / 1e6;
                rasterCpu[i] = (c2 - c0 + r2 - r1) / 1e6;
            }
        }
        return new Result(name, frames, new FrameTimes(paint), new FrameTimes(cpu), new FrameTimes(raster),
                new FrameTimes(rasterCpu));
    }

    /** CPU time of JavaFX's render thread (QuantumRenderer), which rasterizes snapshots; 0 if it cannot be found. */
    private long rendererCpuNanos() {
        if (rendererThreadId < 0) {
            for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
                if (info != null && info.getThreadName().startsWith("QuantumRenderer")) rendererThreadId = info.getThreadId();
            }
            if (rendererThreadId < 0) return 0;
        }
        return Math.max(0, THREADS.getThreadCpuTime(rendererThreadId));
    }

    private void paintOnce() {
        painter.paintComponent(window.getGraphicsContext2D(), vm.frame(), true);
    }

    /**
     * A reproducible stand-in for a dense piece: {@code noteCount} notes over {@code minutes} at 120 BPM in 4/4,
     * chords and runs over pitches 28..100, lengths from a 16th to a whole note, velocities 40..120, 4 tracks.
     */
    public static Song syntheticSong(int noteCount, double minutes, long seed) {
        int ppq = 480;
        long lengthTicks = Math.round(minutes * 120 * ppq);
        Random random = new Random(seed);
        List<Note> notes = new ArrayList<>(noteCount);
        long sixteenth = ppq / 4;
        for (int i = 0; i < noteCount; i++) {
            long start = (long) (random.nextDouble() * (lengthTicks - 4L * ppq)) / sixteenth * sixteenth;
            long duration = sixteenth * (1L << random.nextInt(5));
            int pitch = 28 + random.nextInt(73);
            int velocity = 40 + random.nextInt(81);
            int track = random.nextInt(4);
            notes.add(new Note(pitch, start, duration, velocity, track, 0, track));
        }
        List<TrackInfo> tracks = new ArrayList<>();
        for (int t = 0; t < 4; t++) tracks.add(new TrackInfo(t, "track " + t, t, 0, false));
        return new Song("benchmark", ppq, TempoMap.constant(ppq, 120), List.of(TimeSignature.FOUR_FOUR), tracks, notes, lengthTicks);
    }
}
