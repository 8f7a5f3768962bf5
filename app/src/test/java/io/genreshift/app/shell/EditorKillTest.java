package io.genreshift.app.shell;

import io.genreshift.app.fakes.MidiFixtures;
import io.genreshift.app.fakes.RecordingDialogs;
import io.genreshift.app.prefs.AutosaveStore;
import io.genreshift.app.prefs.PreferencesModel;
import io.genreshift.app.prefs.PreferencesStore;
import io.genreshift.app.transfer.SongVersion;
import io.genreshift.app.transfer.VersionsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's {@code kill -9} probe (docs/reliability.md): a child JVM holds a document with unsaved edits in two
 * versions and autosaves; it is killed with SIGKILL ({@link Process#destroyForcibly()}); the next start offers both
 * versions with their undo labels and restores them.
 */
class EditorKillTest {
    @TempDir
    Path dir;

    @Test
    void twoEditedVersionsSurviveAKill() throws Exception {
        Path song = MidiFixtures.scale(dir.resolve("s.mid"), 8, 4);
        Path config = dir.resolve("config");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), EditorSessionToKill.class.getName(),
                config.toString(), song.toString())
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child-stderr.log").toFile())).start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            do {
                line = out.readLine();
            } while (line != null && !line.equals("AUTOSAVED"));
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(line).as(java.nio.file.Files.readString(dir.resolve("child-stderr.log"))).isEqualTo("AUTOSAVED");
        assertThat(child.exitValue()).as("killed, not exited").isEqualTo(137);

        // What the child had, made again here from the same file.
        RecordingDialogs dialogs = new RecordingDialogs();
        VersionsViewModel expected = new VersionsViewModel();
        SongVersion[] before = CrashRecoveryTest.twoEditedVersions(new DocumentViewModel(new MidiSongFiles(), dialogs, expected,
                new PreferencesModel(new PreferencesStore(dir.resolve("scratch"))), new AutosaveStore(dir.resolve("scratch")),
                new CurrentThreadTaskExecutor()), expected, song);

        VersionsViewModel restored = new VersionsViewModel();
        DocumentViewModel next = new DocumentViewModel(new MidiSongFiles(), dialogs, restored,
                new PreferencesModel(new PreferencesStore(config)), new AutosaveStore(config), new CurrentThreadTaskExecutor());
        dialogs.confirmAnswers.push(true);
        assertThat(next.offerRestore()).isTrue();

        assertThat(dialogs.questions).singleElement().satisfies(q -> assertThat(q)
                .contains("• Original: Delete notes").contains("• Transferred → jazz (SN): Move notes, Delete note"));
        CrashRecoveryTest.assertRestored(restored, before);
        assertThat(List.of(next.unsavedProperty().get(), next.fileProperty().get().equals(song))).containsOnly(true);
    }
}
