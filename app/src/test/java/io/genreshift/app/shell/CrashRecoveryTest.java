package io.genreshift.app.shell;

import io.genreshift.app.fakes.FakeAudioEngine;
import io.genreshift.app.fakes.FakeTransferEngine;
import io.genreshift.app.fakes.MidiFixtures;
import io.genreshift.app.fakes.RecordingDialogs;
import io.genreshift.app.prefs.AutosaveStore;
import io.genreshift.app.prefs.PreferencesModel;
import io.genreshift.app.prefs.PreferencesStore;
import io.genreshift.app.transfer.ModelVariant;
import io.genreshift.app.transfer.SongVersion;
import io.genreshift.app.transfer.TransferRequest;
import io.genreshift.app.transfer.TransferResult;
import io.genreshift.app.transfer.VersionsViewModel;
import io.genreshift.core.model.Song;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's crash and full-disk probe (docs/reliability.md): unsaved edits in two versions survive a run that ends
 * without a clean exit and are offered back with their undo labels; an autosave or export that cannot be written
 * (full disk, injected through the {@link SongFiles} seam) says so and leaves the previous file as it was.
 * {@link EditorKillTest} repeats the first case with a real {@code kill -9}; {@link FullDiskProbeTest} the others on a
 * real full or read-only file system, on demand.
 */
class CrashRecoveryTest {
    static final String NO_SPACE = "No space left on device";

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private PreferencesModel prefs;
    private final FailingSongFiles files = new FailingSongFiles();

    /** The real MIDI files, with a switch that makes every write fail as a full disk does. */
    static final class FailingSongFiles implements SongFiles {
        private final MidiSongFiles real = new MidiSongFiles();
        boolean diskFull;

        @Override
        public Song read(Path file) throws SongFileException {
            return real.read(file);
        }

        @Override
        public void writeMidi(Song song, Path file) throws SongFileException {
            if (diskFull) {
                throw new SongFileException(file, "The file could not be written: " + NO_SPACE + ".", null,
                        new java.io.IOException(NO_SPACE));
            }
            real.writeMidi(song, file);
        }
    }

    @BeforeEach
    void setUp() {
        prefs = new PreferencesModel(new PreferencesStore(dir.resolve("config")));
    }

    private DocumentViewModel document(VersionsViewModel versions, SongFiles songFiles) {
        return new DocumentViewModel(songFiles, dialogs, versions, prefs, new AutosaveStore(dir.resolve("config")),
                new CurrentThreadTaskExecutor());
    }

    /** Opens a song, edits the original, transfers it and edits the transfer: two versions with unsaved edits. */
    static SongVersion[] twoEditedVersions(DocumentViewModel doc, VersionsViewModel versions, Path song) throws Exception {
        doc.openUnchecked(song);
        Song original = versions.original().song();
        versions.editOriginal(original.withNotes(original.notes().subList(0, 20)));
        TransferRequest request = new TransferRequest("classic", "jazz", ModelVariant.SN, 0.4, true);
        TransferResult result = new FakeTransferEngine().transfer(versions.original().song(), request, ProgressReporter.NONE,
                new CancellationToken());
        versions.addTransfer(result, request, versions.original().song());
        Song made = versions.shownProperty().get().song();
        versions.editShown(made.withNotes(made.notes().subList(3, made.notes().size())));
        return versions.versions().toArray(SongVersion[]::new);
    }

    static void assertRestored(VersionsViewModel restored, SongVersion[] before) {
        assertThat(restored.versions()).hasSize(2);
        SongVersion o = restored.versions().get(0);
        SongVersion t = restored.versions().get(1);
        assertThat(o.name()).isEqualTo(before[0].name());
        assertThat(o.song().notes()).isEqualTo(before[0].song().notes());
        assertThat(o.saved()).isFalse();
        assertThat(t.name()).isEqualTo(before[1].name());
        assertThat(t.song().notes()).isEqualTo(before[1].song().notes());
        assertThat(t.isEdited()).isTrue();
        assertThat(t.saved()).isFalse();
        assertThat(t.result().song().notes()).isEqualTo(before[1].result().song().notes());
        assertThat(t.source().notes()).isEqualTo(before[1].source().notes());
        assertThat(t.request()).isEqualTo(before[1].request());
        assertThat(t.result().change()).isEqualTo(before[1].result().change());
        assertThat(t.result().before()).isEqualTo(before[1].result().before());
        assertThat(t.result().after()).isEqualTo(before[1].result().after());
    }

    @Test
    void twoVersionsWithUnsavedEditsAreOfferedWithTheirUndoLabelsAndRestored() throws Exception {
        VersionsViewModel versions = new VersionsViewModel();
        DocumentViewModel doc = document(versions, files);
        SongVersion[] before = twoEditedVersions(doc, versions, MidiFixtures.scale(dir.resolve("s.mid"), 8, 4));
        long originalId = before[0].id();
        doc.undoLabelsFrom(id -> id == originalId ? List.of("Delete notes") : List.of("Move notes", "Delete note"));
        doc.autosaveNow();
        // No confirmClose, no clear: the next start finds the autosave as after a kill -9.

        VersionsViewModel next = new VersionsViewModel();
        DocumentViewModel restarted = document(next, new MidiSongFiles());
        dialogs.confirmAnswers.push(true);
        assertThat(restarted.offerRestore()).isTrue();

        assertThat(dialogs.questions).singleElement().satisfies(q -> assertThat(q)
                .contains("• Original: Delete notes")
                .contains("• Transferred → jazz (SN): Move notes, Delete note"));
        assertRestored(next, before);
        assertThat(restarted.unsavedProperty().get()).isTrue();
        assertThat(restarted.fileProperty().get()).isEqualTo(dir.resolve("s.mid"));
    }

    @Test
    void aFullDiskDuringAutosaveIsSaidOnceAndThePreviousAutosaveStays() throws Exception {
        VersionsViewModel versions = new VersionsViewModel();
        DocumentViewModel doc = document(versions, files);
        doc.openUnchecked(MidiFixtures.scale(dir.resolve("s.mid"), 4, 4));
        Song song = versions.original().song();
        versions.editOriginal(song.withNotes(song.notes().subList(0, 10)));
        doc.autosaveNow();
        List<?> firstNotes = files.read(new AutosaveStore(dir.resolve("config")).pending().orElseThrow().midiFile()).notes();

        files.diskFull = true;
        versions.editOriginal(song.withNotes(song.notes().subList(0, 3)));
        doc.autosaveNow();
        doc.autosaveNow();

        assertThat(dialogs.infos).singleElement().satisfies(m -> assertThat(m)
                .startsWith("Autosave to " + dir.resolve("config/autosave") + " failed: " + NO_SPACE + ". ").contains("export now"));
        AutosaveStore.Entry kept = new AutosaveStore(dir.resolve("config")).pending().orElseThrow();
        assertThat(files.read(kept.midiFile()).notes()).isEqualTo(firstNotes).hasSize(10);
        try (var left = Files.list(dir.resolve("config/autosave"))) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no half-written copies")
                    .allMatch(n -> n.equals("session.json") || n.startsWith("g")).hasSize(2);
        }

        files.diskFull = false;
        doc.autosaveNow();
        files.diskFull = true;
        doc.autosaveNow();
        assertThat(dialogs.infos).as("told again after it had recovered").hasSize(2);
    }

    @Test
    void aFullDiskDuringExportIsADialogAndThePreviousFileIsIntact() throws Exception {
        VersionsViewModel versions = new VersionsViewModel();
        DocumentViewModel doc = document(versions, files);
        Path target = MidiFixtures.scale(dir.resolve("out.mid"), 4, 4);
        byte[] previous = Files.readAllBytes(target);
        doc.openUnchecked(MidiFixtures.scale(dir.resolve("s.mid"), 8, 4));
        ExportViewModel export = new ExportViewModel(files, new FakeAudioEngine(), dialogs, versions, prefs,
                new CurrentThreadTaskExecutor());
        files.diskFull = true;

        assertThat(export.writeMidi(versions.original(), target)).isFalse();

        assertThat(dialogs.errors).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Could not export MIDI");
            assertThat(e.file()).isEqualTo(target);
            assertThat(e.reason()).contains(NO_SPACE);
            assertThat(e.whatToTry()).contains("free disk space");
        });
        assertThat(Files.readAllBytes(target)).isEqualTo(previous);
    }

    @Test
    void anAutosaveFromBeforeVersionsWereKeptStillRestores() throws Exception {
        // The pre-version marker: a single session.mid of the original.
        Path autosave = Files.createDirectories(dir.resolve("config/autosave"));
        MidiFixtures.scale(autosave.resolve("session.mid"), 2, 4);
        Files.writeString(autosave.resolve("session.json"), "{\"title\":\"Old\",\"savedAt\":\"2026-11-30T10:00:00Z\"}");
        VersionsViewModel next = new VersionsViewModel();
        DocumentViewModel restarted = document(next, new MidiSongFiles());
        dialogs.confirmAnswers.push(true);

        assertThat(restarted.offerRestore()).isTrue();

        assertThat(next.versions()).hasSize(1);
        assertThat(next.original().song().notes()).hasSize(8);
        assertThat(restarted.unsavedProperty().get()).isTrue();
    }
}
