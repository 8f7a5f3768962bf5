package io.genreshift.app.shell;

import io.genreshift.app.fakes.FakeAudioEngine;
import io.genreshift.app.fakes.MidiFixtures;
import io.genreshift.app.fakes.RecordingDialogs;
import io.genreshift.app.prefs.AutosaveStore;
import io.genreshift.app.prefs.PreferencesModel;
import io.genreshift.app.prefs.PreferencesStore;
import io.genreshift.app.transfer.VersionsViewModel;
import io.genreshift.core.model.Song;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor on a real full or read-only file system, on demand (it needs a mount, so root): autosave and MIDI export
 * fail with a message naming the cause, and the previous autosave and the previous exported file are intact. See
 * docs/reliability.md for the mount commands.
 *
 * <ul>
 *   <li>{@code -Dreliability.tinyfs=DIR}: an empty small tmpfs (e.g. 256 KiB) that the test fills up;</li>
 *   <li>{@code -Dreliability.readonlyfs=DIR}: a read-only mount holding {@code config/} and {@code previous.mid}.</li>
 * </ul>
 */
class FullDiskProbeTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Test
    @EnabledIfSystemProperty(named = "reliability.tinyfs", matches = ".+")
    void aFullDiskDuringAutosaveAndExport() throws Exception {
        Path fs = Path.of(System.getProperty("reliability.tinyfs"));
        Path config = Files.createDirectories(fs.resolve("config"));
        Path target = MidiFixtures.scale(fs.resolve("previous.mid"), 4, 4);
        byte[] previous = Files.readAllBytes(target);
        Path filler = fs.resolve("filler");
        try {
            VersionsViewModel versions = new VersionsViewModel();
            DocumentViewModel doc = new DocumentViewModel(new MidiSongFiles(), dialogs, versions,
                    new PreferencesModel(new PreferencesStore(dir)), new AutosaveStore(config), new CurrentThreadTaskExecutor());
            doc.openUnchecked(MidiFixtures.scale(dir.resolve("s.mid"), 64, 4));
            Song song = versions.original().song();
            versions.editOriginal(song.withNotes(song.notes().subList(0, 10)));
            doc.autosaveNow();
            Path firstAutosave = new AutosaveStore(config).pending().orElseThrow().midiFile();
            byte[] firstBytes = Files.readAllBytes(firstAutosave);
            fill(filler);

            versions.editOriginal(song.withNotes(song.notes().subList(0, 200)));
            doc.autosaveNow();
            ExportViewModel export = new ExportViewModel(new MidiSongFiles(), new FakeAudioEngine(), dialogs, versions,
                    new PreferencesModel(new PreferencesStore(dir)), new CurrentThreadTaskExecutor());
            boolean exported = export.writeMidi(versions.original(), target);

            System.out.println("autosave message: " + dialogs.infos);
            System.out.println("export dialog: " + dialogs.errors);
            assertThat(dialogs.infos).singleElement().satisfies(m -> assertThat(m)
                    .startsWith("Autosave to " + config.resolve("autosave") + " failed: No space left on device. "));
            assertThat(Files.readAllBytes(new AutosaveStore(config).pending().orElseThrow().midiFile())).isEqualTo(firstBytes);
            assertThat(exported).isFalse();
            assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e.reason())
                    .isEqualTo("The file could not be written: No space left on device."));
            assertThat(Files.readAllBytes(target)).isEqualTo(previous);
        } finally {
            Files.deleteIfExists(filler);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "reliability.readonlyfs", matches = ".+")
    void aReadOnlyFolderDuringAutosaveAndExport() throws Exception {
        Path fs = Path.of(System.getProperty("reliability.readonlyfs"));
        Path target = fs.resolve("previous.mid");
        byte[] previous = Files.readAllBytes(target);
        VersionsViewModel versions = new VersionsViewModel();
        DocumentViewModel doc = new DocumentViewModel(new MidiSongFiles(), dialogs, versions,
                new PreferencesModel(new PreferencesStore(dir)), new AutosaveStore(fs.resolve("config")), new CurrentThreadTaskExecutor());
        doc.openUnchecked(MidiFixtures.scale(dir.resolve("s.mid"), 8, 4));
        Song song = versions.original().song();
        versions.editOriginal(song.withNotes(song.notes().subList(0, 10)));

        doc.autosaveNow();
        boolean exported = new ExportViewModel(new MidiSongFiles(), new FakeAudioEngine(), dialogs, versions,
                new PreferencesModel(new PreferencesStore(dir)), new CurrentThreadTaskExecutor()).writeMidi(versions.original(), target);

        System.out.println("autosave message: " + dialogs.infos);
        System.out.println("export dialog: " + dialogs.errors);
        assertThat(dialogs.infos).singleElement().satisfies(m -> assertThat(m).contains(" failed: Read-only file system. "));
        assertThat(exported).isFalse();
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e.reason())
                .isEqualTo("The file could not be written: Read-only file system."));
        assertThat(Files.readAllBytes(target)).isEqualTo(previous);
    }

    /** Writes until the file system says it is full. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) out.write(block);
        } catch (IOException e) {
            assertThat(e.getMessage()).contains("No space left on device");
        }
    }
}
