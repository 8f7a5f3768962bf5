package io.genreshift.app.roll;

import io.genreshift.app.roll.layer.RollFrame;
import io.genreshift.app.roll.layer.RollPainter;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Times full redraws of the piano roll (keyboard, ruler, every content layer) for a large song, the way the view
 * paints: through {@link RollPainter} into canvases. Run on the FX thread; the CLI's {@code bench-ui} command wraps it.
 * <p>
 * Two numbers per scenario: <b>paint</b> is the time on the FX thread for the frame's step (scroll, zoom or edit) and
 * all drawing commands (what blocks input); <b>paint+raster</b> adds a software snapshot of the roll canvas, an upper
 * bound for the render thread's work.
 */
public final class RedrawBenchmark {
    /** One scenario's per-frame times in milliseconds. */
    public record Result(String scenario, int frames, double[] paintMs, double[] paintAndRasterMs) {
        public double paintMedian() {
            return percentile(paintMs, 50);
        }

        public double paintP95() {
            return percentile(paintMs, 95);
        }

        public double rasterMedian() {
            return percentile(paintAndRasterMs, 50);
        }

        public double rasterP95() {
            return percentile(paintAndRasterMs, 95);
        }

        static double percentile(double[] values, double p) {
            if (values.length == 0) return Double.NaN;
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
        }
    }

    private final PianoRollViewModel vm;
    private final RollPainter painter = new RollPainter();
    private final Canvas roll, keyboard, ruler, lane;

    public RedrawBenchmark(Song song, double width, double height) {
        vm = new PianoRollViewModel(song);
        vm.resize(width, height);
        roll = new Canvas(width, height);
        keyboard = new Canvas(io.genreshift.app.roll.layer.KeyboardLayer.WIDTH, height);
        ruler = new Canvas(width, io.genreshift.app.roll.layer.RulerLayer.HEIGHT);
        lane = new Canvas(io.genreshift.app.roll.layer.KeyboardLayer.WIDTH + width, io.genreshift.app.roll.layer.VelocityLaneLayer.HEIGHT);
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
        io.genreshift.app.edit.Snapshot before = vm.current();
        out.add(measure("drag step (move 1 of all notes)", framesPerScenario, warmupFrames, i -> vm.preview(
                io.genreshift.app.edit.NoteCommands.move(before.song(), before.selection(), (i & 7) * 120L, i % 3))));
        return out;
    }

    private Result measure(String name, int frames, int warmup, Consumer<Integer> step) {
        double[] paint = new double[frames];
        double[] raster = new double[frames];
        for (int i = -warmup; i < frames; i++) {
            long t0 = System.nanoTime();
            step.accept(i);
            paintOnce();
            long t1 = System.nanoTime();
            roll.snapshot(null, null); // also hands the command buffer over, so it never grows between frames
            long t2 = System.nanoTime();
            if (i >= 0) {
                paint[i] = (t1 - t0) / 1e6;
                raster[i] = (t2 - t0) / 1e6;
            }
        }
        return new Result(name, frames, paint, raster);
    }

    /** The same loop with one background fill instead of the roll: what the snapshot itself costs. */
    private Result measureBaseline(int frames, int warmup) {
        double[] paint = new double[frames];
        double[] raster = new double[frames];
        for (int i = -warmup; i < frames; i++) {
            long t0 = System.nanoTime();
            GraphicsContext g = roll.getGraphicsContext2D();
            g.setFill(javafx.scene.paint.Color.WHITE);
            g.fillRect(0, 0, roll.getWidth(), roll.getHeight());
            long t1 = System.nanoTime();
            roll.snapshot(null, null);
            long t2 = System.nanoTime();
            if (i >= 0) {
                paint[i] = (t1 - t0) / 1e6;
                raster[i] = (t2 - t0) / 1e6;
            }
        }
        return new Result("baseline (one fill, snapshot cost)", frames, paint, raster);
    }

    private void paintOnce() {
        RollFrame frame = vm.frame();
        GraphicsContext g = roll.getGraphicsContext2D();
        painter.paintRoll(g, frame);
        painter.paintPlayhead(g, frame);
        painter.paintKeyboard(keyboard.getGraphicsContext2D(), frame);
        painter.paintRuler(ruler.getGraphicsContext2D(), frame);
        painter.paintVelocityLane(lane.getGraphicsContext2D(), frame);
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
