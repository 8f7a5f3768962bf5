package io.genreshift.app.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog the view models need, behind one interface (JabRef's pattern): view models stay testable with a
 * recording fake, and the FX implementation owns the windows.
 */
public interface DialogService {

    /** A file kind for open/save choosers: "MIDI files" with "*.mid", "*.midi". */
    record FileKind(String description, List<String> patterns) {
        public static final FileKind MIDI = new FileKind("MIDI files", List.of("*.mid", "*.midi", "*.kar"));
        public static final FileKind WAV = new FileKind("WAV audio", List.of("*.wav"));
        public static final FileKind PNG = new FileKind("PNG image", List.of("*.png"));
        public static final FileKind SOUNDFONT = new FileKind("SoundFont / DLS", List.of("*.sf2", "*.dls"));
    }

    void showError(UserError error);

    void showInfo(String title, String text);

    /** A short non-modal message that fades (ControlsFX notification). */
    void notify(String text);

    /** Asks whether to save unsaved changes to {@code what} before it is closed. */
    SaveChoice askSaveChanges(String what);

    /** Yes/no question; true for yes. */
    boolean confirm(String title, String question, String yesLabel, String noLabel);

    Optional<Path> chooseFileToOpen(String title, Path initialFolder, FileKind kind);

    Optional<Path> chooseFileToSave(String title, Path initialFolder, String initialName, FileKind kind);
}
