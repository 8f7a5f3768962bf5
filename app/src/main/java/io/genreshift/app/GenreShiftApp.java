package io.genreshift.app;

import io.genreshift.app.listen.GervillAudioEngine;
import io.genreshift.app.prefs.AutosaveStore;
import io.genreshift.app.prefs.ConfigDirectory;
import io.genreshift.app.prefs.PreferencesModel;
import io.genreshift.app.prefs.PreferencesStore;
import io.genreshift.app.prefs.ThemeManager;
import io.genreshift.app.shell.AppServices;
import io.genreshift.app.shell.FxTaskExecutor;
import io.genreshift.app.shell.MainWindow;
import io.genreshift.app.shell.MidiSongFiles;
import io.genreshift.app.shell.TaskExecutor;
import io.genreshift.app.transfer.MlTransferEngine;
import io.genreshift.app.transfer.TransferEngine;
import io.genreshift.core.midi.MidiWriter;
import io.genreshift.core.roll.MusicianExport;
import io.genreshift.core.roll.PianoRollConverter;
import io.genreshift.ml.io.ModelLibrary;
import io.genreshift.app.transfer.UnavailableTransferEngine;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * The editor application: the composition root that builds the real services (core's MIDI and audio, ml's models
 * from {@code assets/models/}) and opens the main window on the demo song or the file given on the command line.
 */
public final class GenreShiftApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(GenreShiftApp.class);
    private static volatile Path openOnStart;

    private TaskExecutor mlExecutor;
    private TaskExecutor ioExecutor;
    private TransferEngine transferEngine;

    /** The song to open instead of the demo song (from {@code --open FILE}); set before launch. */
    static void openOnStart(Path file) {
        openOnStart = file;
    }

    @Override
    public void start(Stage stage) {
        AppPaths paths = AppPaths.detect();
        Path config = ConfigDirectory.resolve();
        PreferencesModel prefs = new PreferencesModel(new PreferencesStore(config));
        ThemeManager.apply(prefs.get().theme());
        mlExecutor = new FxTaskExecutor("genreshift-ml");
        ioExecutor = new FxTaskExecutor("genreshift-io");
        transferEngine = transferEngine(paths);
        AppServices services = new AppServices(new MidiSongFiles(), transferEngine,
                new GervillAudioEngine(MidiWriter::toSequence, prefs.get().soundfont()),
                prefs, new AutosaveStore(config), mlExecutor, ioExecutor, paths.defaultDemo().orElse(null), null);
        MainWindow window = new MainWindow(stage, services);
        window.start(openOnStart);
    }

    /** The models in {@code assets/models/}; without a readable library the panel disables transfer and says why. */
    private static TransferEngine transferEngine(AppPaths paths) {
        try {
            ModelLibrary library = ModelLibrary.open(paths.modelsDir());
            library.problems().forEach(p -> LOG.warn("Skipping a model file: {}", p.getMessage()));
            LOG.info("Model library {}: {} models", paths.modelsDir(), library.models().size());
            if (library.models().isEmpty()) {
                return new UnavailableTransferEngine("There are no models in " + paths.modelsDir()
                        + ". Train some with ./genreshift train, or restore the bundled assets/models folder.");
            }
            return new MlTransferEngine(library, PianoRollConverter::toRoll,
                    (song, roll) -> MusicianExport.apply(song, roll, MusicianExport.Drums.KEEP));
        } catch (Exception | LinkageError e) {
            LOG.warn("No model library: {}", e.toString());
            return new UnavailableTransferEngine("No genre-transfer models could be loaded from " + paths.modelsDir()
                    + " (" + e.getMessage() + "). Train some with ./genreshift train, or restore assets/models.");
        }
    }

    @Override
    public void stop() {
        if (mlExecutor != null) mlExecutor.shutdown();
        if (ioExecutor != null) ioExecutor.shutdown();
        if (transferEngine instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("Closing the models: {}", e.toString());
            }
        }
    }
}
