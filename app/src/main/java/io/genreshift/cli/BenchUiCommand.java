package io.genreshift.cli;

import io.genreshift.app.roll.RedrawBenchmark;
import io.genreshift.core.model.Song;
import javafx.application.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * {@code genreshift bench-ui}: how long the piano roll takes to redraw a long, dense song (goal: under 16 ms, one
 * 60 Hz frame). Without a display it runs JavaFX on Monocle's headless platform with the software renderer.
 */
@Command(name = "bench-ui",
        description = "Time piano-roll redraws of a synthetic song (default: 10 minutes, 20,000 notes).")
public final class BenchUiCommand implements Callable<Integer> {
    @Option(names = "--notes", paramLabel = "N", description = "Notes in the synthetic song (default: ${DEFAULT-VALUE}).")
    int notes = 20_000;

    @Option(names = "--minutes", paramLabel = "MIN", description = "Length of the song in minutes at 120 BPM (default: ${DEFAULT-VALUE}).")
    double minutes = 10;

    @Option(names = "--width", paramLabel = "PX", description = "Roll width in pixels (default: ${DEFAULT-VALUE}).")
    int width = 1600;

    @Option(names = "--height", paramLabel = "PX", description = "Roll height in pixels (default: ${DEFAULT-VALUE}).")
    int height = 900;

    @Option(names = "--frames", paramLabel = "N", description = "Measured frames per scenario (default: ${DEFAULT-VALUE}).")
    int frames = 200;

    @Option(names = "--warmup", paramLabel = "N", description = "Unmeasured frames before each scenario (default: ${DEFAULT-VALUE}).")
    int warmup = 60;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed of the synthetic song (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (notes < 1 || minutes <= 0 || width < 100 || height < 100 || frames < 1 || warmup < 0) {
            throw new IllegalArgumentException("need --notes >= 1, --minutes > 0, --width/--height >= 100, --frames >= 1, --warmup >= 0");
        }
        startToolkit();
        PrintWriter out = spec.commandLine().getOut();
        Song song = RedrawBenchmark.syntheticSong(notes, minutes, seed);
        CompletableFuture<List<RedrawBenchmark.Result>> results = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                results.complete(new RedrawBenchmark(song, width, height).run(frames, warmup));
            } catch (Throwable t) {
                results.completeExceptionally(t);
            }
        });
        List<RedrawBenchmark.Result> list = results.get(30, TimeUnit.MINUTES);
        out.printf("piano-roll redraw: %d notes, %.1f min, roll %dx%d px, %d frames per scenario after %d warm-up, pipeline %s%n",
                notes, minutes, width, height, frames, warmup, System.getProperty("prism.order", "default"));
        out.printf("%-34s | %-23s | %-23s | %-23s | %-23s%n", "", "paint (wall)", "paint (cpu)", "paint+raster (wall)",
                "paint+raster (cpu)");
        out.printf("%-34s | %11s %11s | %11s %11s | %11s %11s | %11s %11s%n", "scenario", "p50", "p95", "p50", "p95",
                "p50", "p95", "p50", "p95");
        for (RedrawBenchmark.Result r : list) {
            out.printf("%-34s | %8.2f ms %8.2f ms | %8.2f ms %8.2f ms | %8.2f ms %8.2f ms | %8.2f ms %8.2f ms%n",
                    r.scenario(), r.paint().median(), r.paint().p95(), r.paintCpu().median(), r.paintCpu().p95(),
                    r.paintAndRaster().median(), r.paintAndRaster().p95(), r.paintAndRasterCpu().median(),
                    r.paintAndRasterCpu().p95());
        }
        out.println("goal: paint p95 < 16 ms (one frame at 60 Hz). paint = the frame's step (scroll, zoom or edit) plus all "
                + "drawing commands, on the FX thread; cpu columns = CPU time of the FX (and, for raster, the render) thread, "
                + "which other load on the machine does not inflate; "
                + "raster = software snapshot (read back into an image), an upper bound for the render thread; "
                + "the baseline row is the snapshot's own cost.");
        out.flush();
        // No Platform.exit(): JavaFX cannot start again in this JVM afterwards (tests run several commands);
        // the launcher's System.exit ends the toolkit.
        return 0;
    }

    /** Starts JavaFX; on a machine without a display, Monocle's headless platform and the software pipeline. */
    private static void startToolkit() {
        boolean noDisplay = System.getenv("DISPLAY") == null && System.getProperty("os.name", "").toLowerCase().contains("linux");
        if (noDisplay && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by the caller (tests): fine
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("cannot start JavaFX (" + e + "). Without a display, run with the Monocle jar "
                    + "(org.testfx:openjfx-monocle) on the class path, or under xvfb-run.", e);
        }
    }
}
