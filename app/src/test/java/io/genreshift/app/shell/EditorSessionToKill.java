package io.genreshift.app.shell;

import io.genreshift.app.fakes.RecordingDialogs;
import io.genreshift.app.prefs.AutosaveStore;
import io.genreshift.app.prefs.PreferencesModel;
import io.genreshift.app.prefs.PreferencesStore;
import io.genreshift.app.transfer.VersionsViewModel;

import java.nio.file.Path;
import java.util.List;

/**
 * The child process of {@link EditorKillTest}: the editor's document with unsaved edits in the original and in a
 * transfer ({@link CrashRecoveryTest#twoEditedVersions}), autosaved as the window's timer does; prints
 * {@code AUTOSAVED} and waits to be killed. Arguments: config folder, song file.
 */
public final class EditorSessionToKill {
    private EditorSessionToKill() {
    }

    public static void main(String[] args) throws Exception {
        Path config = Path.of(args[0]);
        VersionsViewModel versions = new VersionsViewModel();
        DocumentViewModel doc = new DocumentViewModel(new MidiSongFiles(), new RecordingDialogs(), versions,
                new PreferencesModel(new PreferencesStore(config)), new AutosaveStore(config), new CurrentThreadTaskExecutor());
        var made = CrashRecoveryTest.twoEditedVersions(doc, versions, Path.of(args[1]));
        long originalId = made[0].id();
        doc.undoLabelsFrom(id -> id == originalId ? List.of("Delete notes") : List.of("Move notes", "Delete note"));
        doc.autosaveNow();
        System.out.println("AUTOSAVED");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
