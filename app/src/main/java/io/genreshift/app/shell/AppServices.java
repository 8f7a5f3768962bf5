package io.genreshift.app.shell;

import io.genreshift.app.listen.AudioEngine;
import io.genreshift.app.prefs.AutosaveStore;
import io.genreshift.app.prefs.PreferencesModel;
import io.genreshift.app.transfer.TransferEngine;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the window is built from: the doors to core and ml, the stores and the executors. The app passes the real
 * ones; UI tests pass fakes or small real ones and a {@link CurrentThreadTaskExecutor}.
 *
 * @param demoSong   the bundled demo song, or null
 * @param dialogs    makes the dialog service for the main window
 */
public record AppServices(SongFiles files, TransferEngine transfer, AudioEngine audio, PreferencesModel prefs,
                          AutosaveStore autosave, TaskExecutor mlExecutor, TaskExecutor ioExecutor, Path demoSong,
                          Function<Window, DialogService> dialogs) {
    public AppServices {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(prefs, "prefs");
        Objects.requireNonNull(autosave, "autosave");
        Objects.requireNonNull(mlExecutor, "mlExecutor");
        Objects.requireNonNull(ioExecutor, "ioExecutor");
        if (dialogs == null) dialogs = owner -> new FxDialogService(() -> owner);
    }
}
