package io.genreshift.app.shell;

import io.genreshift.app.fakes.MidiFixtures;
import io.genreshift.app.fakes.RecordingDialogs;
import io.genreshift.app.fakes.Songs;
import io.genreshift.app.prefs.AutosaveStore;
import io.genreshift.app.prefs.PreferencesModel;
import io.genreshift.app.prefs.PreferencesStore;
import io.genreshift.app.transfer.VersionsViewModel;
import io.genreshift.core.model.TimeSignature;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentViewModelTest {
    @TempDir
    Path dir;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final VersionsViewModel versions = new VersionsViewModel();
    private PreferencesModel prefs;
    private DocumentViewModel vm;

    @BeforeEach
    void setUp() {
        prefs = new PreferencesModel(new PreferencesStore(dir.resolve("config")));
        vm = new DocumentViewModel(new MidiSongFiles(), dialogs, versions, prefs, new AutosaveStore(dir.resolve("config")),
                new CurrentThreadTaskExecutor());
    }

    @Test
    void openingAFileShowsItAndRemembersIt() throws Exception {
        Path song = MidiFixtures.scale(dir.resolve("scale.mid"), 8, 4);
        vm.open(song);
        assertThat(dialogs.errors).isEmpty();
        assertThat(versions.original().song().notes()).hasSize(32);
        assertThat(vm.titleProperty().get()).isEqualTo("GenreShift — scale.mid");
        assertThat(prefs.get().recent().paths()).containsExactly(song.toAbsolutePath());
        assertThat(prefs.get().lastFolder()).isEqualTo(dir.toAbsolutePath());
        assertThat(vm.meterWarningProperty().get()).isEmpty();
    }

    @Test
    void aCorruptFileGivesADialogNamingFileReasonAndAdvice() throws Exception {
        Path good = MidiFixtures.scale(dir.resolve("good.mid"), 4, 4);
        vm.open(good);
        Path bad = MidiFixtures.corrupt(dir.resolve("broken.mid"));
        vm.open(bad);
        assertThat(dialogs.errors).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo(bad);
            assertThat(e.title()).contains("broken.mid");
            assertThat(e.reason()).isNotBlank();
            assertThat(e.whatToTry()).isNotBlank();
        });
        // The song that was open stays open.
        assertThat(vm.fileProperty().get()).isEqualTo(good);
        assertThat(prefs.get().recent().paths()).containsExactly(good.toAbsolutePath());
    }

    @Test
    void droppingANonMidiFileIsRejectedWithAMessage() {
        vm.openDropped(List.of(dir.resolve("holiday.jpg")));
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e.reason()).contains("holiday.jpg"));
        assertThat(versions.isEmpty()).isTrue();
    }

    @Test
    void nonFourFourSongsGetANote() throws Exception {
        vm.open(MidiFixtures.scale(dir.resolve("waltz.mid"), 8, 3));
        assertThat(vm.meterWarningProperty().get()).contains("3/4").contains("4/4");
        assertThat(DocumentViewModel.meterWarningFor(Songs.scale(2, new TimeSignature(0, 4, 4)))).isEmpty();
        assertThat(DocumentViewModel.meterWarningFor(Songs.scale(2, new TimeSignature(0, 4, 4), new TimeSignature(480, 4, 4))))
                .as("a repeated 4/4 is one meter").isEmpty();
    }

    @Test
    void aSongThatChangesMeterNamesTheBarsATransferLeavesAlone() {
        int ppq = Songs.scale(1, new TimeSignature(0, 4, 4)).ppq();
        String warning = DocumentViewModel.meterWarningFor(Songs.scale(40, new TimeSignature(0, 4, 4),
                new TimeSignature(4L * 4 * ppq, 3, 4), new TimeSignature(4L * 4 * ppq + 3L * 3 * ppq, 4, 4)));

        assertThat(warning).contains("Bars 5–7 (3/4)").contains("leaves");
    }

    @Test
    void closingWithUnsavedEditsAsksAndCancelKeepsTheWindow() throws Exception {
        vm.open(MidiFixtures.scale(dir.resolve("s.mid"), 4, 4));
        versions.editOriginal(versions.original().song().withNotes(List.of()));
        dialogs.saveAnswers.push(SaveChoice.CANCEL);
        assertThat(vm.confirmClose()).isFalse();
        assertThat(dialogs.asked).containsExactly("s.mid");
        dialogs.saveAnswers.push(SaveChoice.DISCARD);
        assertThat(vm.confirmClose()).isTrue();
    }

    @Test
    void closingWithoutChangesDoesNotAsk() throws Exception {
        vm.open(MidiFixtures.scale(dir.resolve("s.mid"), 4, 4));
        assertThat(vm.confirmClose()).isTrue();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void anAutosaveFromAKilledRunIsOfferedAndRestored() throws Exception {
        vm.open(MidiFixtures.scale(dir.resolve("s.mid"), 4, 4));
        versions.editOriginal(versions.original().song().withNotes(versions.original().song().notes().subList(0, 5)));
        vm.autosaveNow();
        // A new run of the app on the same config folder, as after a crash.
        VersionsViewModel nextVersions = new VersionsViewModel();
        DocumentViewModel next = new DocumentViewModel(new MidiSongFiles(), dialogs, nextVersions, prefs,
                new AutosaveStore(dir.resolve("config")), new CurrentThreadTaskExecutor());
        dialogs.confirmAnswers.push(true);
        assertThat(next.offerRestore()).isTrue();
        assertThat(nextVersions.original().song().notes()).hasSize(5);
        assertThat(next.unsavedProperty().get()).isTrue();
        assertThat(next.fileProperty().get()).isEqualTo(dir.resolve("s.mid"));
        // A clean close clears it: nothing is offered next time.
        dialogs.saveAnswers.push(SaveChoice.DISCARD);
        assertThat(next.confirmClose()).isTrue();
        assertThat(new AutosaveStore(dir.resolve("config")).pending()).isEmpty();
    }

    @Test
    void nothingIsAutosavedWithoutEdits() throws Exception {
        vm.open(MidiFixtures.scale(dir.resolve("s.mid"), 4, 4));
        vm.autosaveNow();
        assertThat(new AutosaveStore(dir.resolve("config")).pending()).isEmpty();
    }

    @Test
    void saveInThePromptExportsTheUnsavedVersionsAndGoesOn() throws Exception {
        vm.open(MidiFixtures.scale(dir.resolve("a.mid"), 4, 4));
        versions.editOriginal(versions.original().song().withNotes(List.of()));
        List<String> exported = new ArrayList<>();
        vm.onSave(v -> {
            exported.add(v.name());
            versions.markSaved(v);
        });
        dialogs.saveAnswers.push(SaveChoice.SAVE);
        vm.open(MidiFixtures.scale(dir.resolve("b.mid"), 4, 4));
        assertThat(exported).containsExactly("Original");
        assertThat(vm.fileProperty().get().getFileName().toString()).isEqualTo("b.mid");
    }

    @Test
    void aCancelledSaveKeepsTheDocument() throws Exception {
        vm.open(MidiFixtures.scale(dir.resolve("a.mid"), 4, 4));
        versions.editOriginal(versions.original().song().withNotes(List.of()));
        vm.onSave(v -> { }); // the file chooser was cancelled: nothing saved
        dialogs.saveAnswers.push(SaveChoice.SAVE);
        assertThat(vm.confirmClose()).isFalse();
    }

    @Test
    void openingAnotherFileOverUnsavedEditsAsksFirst() throws Exception {
        vm.open(MidiFixtures.scale(dir.resolve("a.mid"), 4, 4));
        versions.editOriginal(versions.original().song().withNotes(List.of()));
        dialogs.saveAnswers.push(SaveChoice.CANCEL);
        vm.open(MidiFixtures.scale(dir.resolve("b.mid"), 4, 4));
        assertThat(vm.fileProperty().get().getFileName().toString()).isEqualTo("a.mid");
    }
}
