package io.genreshift.app.shell;

import io.genreshift.app.fakes.FakeAudioEngine;
import io.genreshift.app.fakes.RecordingDialogs;
import io.genreshift.app.fakes.Songs;
import io.genreshift.app.prefs.PreferencesModel;
import io.genreshift.app.prefs.PreferencesStore;
import io.genreshift.app.transfer.ModelVariant;
import io.genreshift.app.transfer.SongVersion;
import io.genreshift.app.transfer.TransferRequest;
import io.genreshift.app.transfer.TransferResult;
import io.genreshift.app.transfer.VersionsViewModel;
import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.roll.PianoRoll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExportViewModelTest {
    @TempDir
    Path dir;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final VersionsViewModel versions = new VersionsViewModel();
    private ExportViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new ExportViewModel(new MidiSongFiles(), new FakeAudioEngine(), dialogs, versions,
                new PreferencesModel(new PreferencesStore(dir.resolve("config"))), new CurrentThreadTaskExecutor());
        versions.reset(Songs.scale(4));
    }

    @Test
    void exportMidiAsksForAFileAddsTheExtensionAndMarksTheVersionSaved() throws Exception {
        versions.editOriginal(versions.original().song().withNotes(versions.original().song().notes().subList(0, 4)));
        dialogs.files.add(dir.resolve("edited"));
        vm.exportShownMidi();
        assertThat(MidiReader.read(dir.resolve("edited.mid")).notes()).hasSize(4);
        assertThat(versions.hasUnsaved()).isFalse();
    }

    @Test
    void aCancelledChooserWritesNothing() {
        vm.exportShownMidi();
        assertThat(dir.resolve("config")).doesNotExist();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anUnwritableTargetGivesADialog() throws Exception {
        Files.writeString(dir.resolve("file"), "x");
        assertThat(vm.writeMidi(versions.original(), dir.resolve("file/inside.mid"))).isFalse();
        assertThat(dialogs.errors).singleElement().satisfies(e -> assertThat(e.file()).isEqualTo(dir.resolve("file/inside.mid")));
    }

    @Test
    void pngIsWritten() throws Exception {
        BufferedImage img = new BufferedImage(20, 10, BufferedImage.TYPE_INT_ARGB);
        assertThat(vm.writePng(img, dir.resolve("roll.png"))).isTrue();
        assertThat(ImageIO.read(dir.resolve("roll.png").toFile()).getWidth()).isEqualTo(20);
    }

    @Test
    void suggestedNamesSayWhichVersion() {
        SongVersion t = SongVersion.transferred(2, "Transferred → jazz (SN+SA)",
                new TransferResult(Songs.scale(1), PianoRoll.empty(64), PianoRoll.empty(64), List.of(), List.of(), new ContentChange(0, 0, 0)),
                new TransferRequest("classic", "jazz", ModelVariant.SN_SA, 0.5, false), Songs.scale(1));
        assertThat(ExportViewModel.suggestedName(t, "mid")).isEqualTo("Scale - transferred-jazz-sn+sa.mid");
        assertThat(ExportViewModel.suggestedName(versions.original(), "wav")).isEqualTo("Scale.wav");
    }
}
