package io.genreshift.app.tools;

import io.genreshift.app.listen.GervillAudioEngine;
import io.genreshift.app.prefs.AutosaveStore;
import io.genreshift.app.prefs.PreferencesModel;
import io.genreshift.app.prefs.PreferencesStore;
import io.genreshift.app.prefs.Theme;
import io.genreshift.app.prefs.WindowLayout;
import io.genreshift.app.shell.AppServices;
import io.genreshift.app.shell.FxTaskExecutor;
import io.genreshift.app.shell.MainWindow;
import io.genreshift.app.shell.MidiSongFiles;
import io.genreshift.app.shell.ShortcutSheet;
import io.genreshift.app.transfer.MlTransferEngine;
import io.genreshift.app.transfer.ViewMode;
import io.genreshift.core.midi.MidiWriter;
import io.genreshift.core.roll.MusicianExport;
import io.genreshift.core.roll.PianoRollConverter;
import io.genreshift.ml.io.ModelLibrary;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;

/**
 * Not a test: takes the screenshots in {@code docs/images/} by driving the real window through a transfer, the diff
 * view and the saliency overlay, in light and dark, at 1280×800 and 1920×1080. Needs a display (e.g. xvfb-run).
 * Usage: {@code ScreenshotTour <home with assets/> <out dir>}.
 */
public final class ScreenshotTour {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Path config = Files.createTempDirectory("gs-tour");
        Platform.startup(() -> { });
        ModelLibrary library = ModelLibrary.open(home.resolve("assets/models"));
        Path demo = home.resolve("assets/demo").resolve(Files.readString(home.resolve("assets/demo/DEFAULT")).trim());
        for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
            for (boolean dark : new boolean[] {false, true}) {
                if (size[0] == 1920 && !dark) continue;
                MainWindow[] w = new MainWindow[1];
                Stage[] stage = new Stage[1];
                onFx(() -> {
                    PreferencesModel prefs = new PreferencesModel(new PreferencesStore(config));
                    prefs.update(p -> p.withTheme(dark ? Theme.DARK : Theme.LIGHT)
                            .withWindow(new WindowLayout(0, 0, size[0], size[1], false, size[0] > 1500 ? 0.78 : 0.72)));
                    AppServices s = new AppServices(new MidiSongFiles(),
                            new MlTransferEngine(library, PianoRollConverter::toRoll, (song, roll) -> MusicianExport.apply(song, roll, MusicianExport.Drums.KEEP)),
                            new GervillAudioEngine(MidiWriter::toSequence, null), prefs, new AutosaveStore(config),
                            new FxTaskExecutor("tour-ml"), new FxTaskExecutor("tour-io"), demo, null);
                    stage[0] = new Stage();
                    w[0] = new MainWindow(stage[0], s);
                    w[0].start(null);
                });
                String tag = size[0] + "x" + size[1] + (dark ? "-dark" : "-light");
                waitFor(() -> !w[0].versions().isEmpty() && w[0].transfer().detectedProperty().get() != null);
                Thread.sleep(800);
                shoot(stage[0], out.resolve("editor-" + tag + ".png"));
                onFx(() -> {
                    // Random-weight models output values near 0.5: a higher threshold keeps the picture readable.
                    w[0].transfer().thresholdProperty().set(Double.parseDouble(System.getProperty("tour.threshold", "0.5")));
                    w[0].transfer().transfer();
                });
                waitFor(() -> w[0].versions().versions().size() > 1);
                onFx(() -> w[0].versions().viewModeProperty().set(ViewMode.DIFF));
                Thread.sleep(800);
                shoot(stage[0], out.resolve("diff-" + tag + ".png"));
                onFx(() -> {
                    w[0].versions().viewModeProperty().set(ViewMode.TRANSFERRED);
                    w[0].saliency().enabledProperty().set(true);
                });
                waitFor(() -> w[0].saliency().scoresProperty().get() != null);
                Thread.sleep(800);
                shoot(stage[0], out.resolve("saliency-" + tag + ".png"));
                if (size[0] == 1280 && !dark) {
                    onFx(() -> ShortcutSheet.show(stage[0]));
                    Thread.sleep(500);
                    Stage sheet = (Stage) Window.getWindows().stream()
                            .filter(win -> win != stage[0] && win.isShowing()).findFirst().orElseThrow();
                    shoot(sheet, out.resolve("shortcuts.png"));
                    onFx(sheet::close);
                    // The preferences dialog waits for its answer, so open it without waiting here.
                    PreferencesModel prefsForDialog = w[0].preferences();
                    Platform.runLater(() -> io.genreshift.app.prefs.PreferencesDialog.show(stage[0], prefsForDialog));
                    Thread.sleep(800);
                    Stage prefsStage = (Stage) Window.getWindows().stream()
                            .filter(win -> win != stage[0] && win.isShowing()).findFirst().orElseThrow();
                    shoot(prefsStage, out.resolve("preferences.png"));
                    onFx(prefsStage::close);
                    Path bad = Files.writeString(config.resolve("not-a-song.mid"), "plain text, not MIDI");
                    // With an unsaved transfer, opening another file asks first; then the bad file gets its error.
                    Platform.runLater(() -> w[0].document().open(bad));
                    Thread.sleep(1500);
                    Stage prompt = otherWindow(stage[0]);
                    shoot(prompt, out.resolve("save-prompt.png"));
                    onFx(prompt::close);
                    Platform.runLater(() -> w[0].document().openUnchecked(bad));
                    Thread.sleep(1500);
                    Stage error = otherWindow(stage[0]);
                    shoot(error, out.resolve("error-dialog.png"));
                    onFx(error::close);
                }
                onFx(() -> stage[0].close());
            }
        }
        Platform.exit();
        System.exit(0);
    }

    private static Stage otherWindow(Stage main) throws Exception {
        CompletableFuture<Stage> f = new CompletableFuture<>();
        Platform.runLater(() -> f.complete((Stage) Window.getWindows().stream()
                .filter(win -> win != main && win.isShowing()).findFirst().orElse(null)));
        Stage s = f.get(10, TimeUnit.SECONDS);
        if (s == null) throw new IllegalStateException("no dialog is showing");
        return s;
    }

    private static void shoot(Stage stage, Path file) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", file.toFile());
                done.complete(null);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
        System.out.println("wrote " + file);
    }

    private static void onFx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                r.run();
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            CompletableFuture<Boolean> f = new CompletableFuture<>();
            Platform.runLater(() -> f.complete(condition.getAsBoolean()));
            if (f.get(10, TimeUnit.SECONDS)) return;
            Thread.sleep(200);
        }
        throw new IllegalStateException("timed out waiting for the window");
    }
}
