package io.genreshift.app.shell;

import io.genreshift.app.fakes.FakeAudioEngine;
import io.genreshift.app.fakes.MidiFixtures;
import io.genreshift.app.listen.AbSide;
import io.genreshift.app.listen.GervillAudioEngine;
import io.genreshift.app.prefs.AutosaveStore;
import io.genreshift.app.prefs.PreferencesModel;
import io.genreshift.app.prefs.PreferencesStore;
import io.genreshift.app.roll.RollDiff;
import io.genreshift.app.transfer.MlTransferEngine;
import io.genreshift.app.transfer.PhraseGenreScores;
import io.genreshift.app.transfer.SongVersion;
import io.genreshift.core.audio.PcmBuffer;
import io.genreshift.core.audio.WavFiles;
import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.midi.MidiReader;
import io.genreshift.core.midi.MidiWriter;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.MusicianExport;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.core.roll.PianoRollConverter;
import io.genreshift.ml.io.ModelLibrary;
import io.genreshift.ml.io.ModelLibraryFixtures;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window end to end on Monocle, with the real MIDI reader/writer, a tiny random-weight model library (ml's test
 * fixture) for transfer and saliency, the real Gervill renderer for WAV export and a scripted player for A/B (the CI
 * machine has no sound card). Every task runs on the FX thread ({@link CurrentThreadTaskExecutor}), so the window
 * is settled whenever an action returns.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path shared;
    private static ModelLibrary library;
    private static MlTransferEngine engine;

    @TempDir
    Path dir;
    private MainWindow window;
    private Stage stage;
    private final FakeAudioEngine audio = new FakeAudioEngine();
    private Path songFile;

    @BeforeAll
    static void models() throws Exception {
        library = ModelLibraryFixtures.create(shared.resolve("models"));
        engine = new MlTransferEngine(library, PianoRollConverter::toRoll, (s, r) -> MusicianExport.apply(s, r, MusicianExport.Drums.KEEP));
    }

    @AfterAll
    static void closeModels() {
        engine.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        songFile = MidiFixtures.scale(dir.resolve("scale.mid"), 8, 4);
        audio.wavExporter = new GervillAudioEngine(MidiWriter::toSequence, null);
        PreferencesModel prefs = new PreferencesModel(new PreferencesStore(dir.resolve("config")));
        TaskExecutor inline = new CurrentThreadTaskExecutor();
        window = new MainWindow(stage, new AppServices(new MidiSongFiles(), engine, audio, prefs,
                new AutosaveStore(dir.resolve("config")), inline, inline, null, null));
        window.start(songFile);
        window.transfer().sourceOverrideProperty().set("classic");
    }

    @Test
    void opensAFileAndShowsIt(FxRobot robot) {
        assertThat(window.roll().songProperty().get().notes()).hasSize(32);
        assertThat(stage.getTitle()).contains("scale.mid");
        assertThat(window.transfer().detectedProperty().get()).isNotNull();
        assertThat(menuText(robot, "menu-listeningStudy")).isEqualTo("Listening Study…");
        // The cheat-sheet lists the shortcuts, A/B on B among them.
        robot.clickOn("#pianoRoll").write("?");
        DialogPane sheet = robot.lookup("#shortcutSheet").queryAs(DialogPane.class);
        assertThat(robot.from(sheet).lookup(".shortcut-key").queryAllAs(Label.class)).extracting(Label::getText).contains("B", "Space");
    }

    @Test
    void aCorruptFileGivesADialogAndTheAppKeepsItsSong(FxRobot robot) throws Exception {
        Path bad = MidiFixtures.corrupt(dir.resolve("broken.mid"));
        Platform.runLater(() -> window.document().open(bad));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("broken.mid");
        assertThat(texts(robot, "#errorDialogBody .label")).contains(bad.toString()).contains("What to try");
        robot.clickOn((Button) dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(window.document().fileProperty().get()).isEqualTo(songFile);
        assertThat(window.roll().songProperty().get().notes()).hasSize(32);
    }

    @Test
    void aTransferBecomesANewVersionWhoseDiffMatchesCoresContentChange(FxRobot robot) {
        robot.clickOn("#target-jazz").clickOn("#runTransfer");
        assertThat(window.versions().versions()).extracting(SongVersion::name)
                .containsExactly("Original", "Transferred → jazz (SN)");
        assertThat(window.versions().original().song().notes()).hasSize(32);

        robot.clickOn("#view-diff");
        RollDiff diff = window.roll().diffProperty().get();
        assertThat(diff).isNotNull();
        PianoRoll before = PianoRollConverter.toRoll(window.versions().original().song());
        PianoRoll after = window.versions().selectedTransfer().orElseThrow().result().transferredRoll();
        int added = 0, removed = 0;
        for (int i = 0; i < before.phraseCount(); i++) {
            ContentChange c = ContentChange.between(before.phrase(i), after.phrase(i));
            added += c.added();
            removed += c.removed();
        }
        assertThat(diff.counts().added()).isEqualTo(added);
        assertThat(diff.counts().removed()).isEqualTo(removed);
        assertThat(robot.lookup("#diffSummary").queryAs(Label.class).getText())
                .contains("+" + added + " added").contains("−" + removed + " removed").contains((added + removed) + " total");
    }

    @Test
    void editingATransferUpdatesItsDiffAtOnceAndItsGenreStripInTheBackground(FxRobot robot) throws Exception {
        robot.clickOn("#target-jazz").clickOn("#runTransfer");
        SongVersion fresh = window.versions().selectedTransfer().orElseThrow();
        PianoRoll source = fresh.result().originalRoll();
        ContentChange reported = fresh.result().change();
        assertThat(window.versions().comparisonProperty().get().change()).isEqualTo(reported);
        // A note the transfer added: none of its cells sounds in the original.
        Note added = fresh.song().notes().stream().filter(n -> addedByTheTransfer(n, fresh.song(), source)).findFirst().orElseThrow();

        robot.interact(() -> window.roll().viewModel().select(List.of(added)));
        robot.interact(() -> window.roll().requestFocus());
        robot.type(KeyCode.DELETE);

        Song edited = window.versions().selectedTransfer().orElseThrow().song();
        assertThat(edited.notes()).hasSize(fresh.song().notes().size() - 1);
        ContentChange ofTheEdit = phraseSum(PianoRollConverter.toRoll(fresh.song()), PianoRollConverter.toRoll(edited));
        ContentChange now = window.versions().comparisonProperty().get().change();
        assertThat(ofTheEdit.removed()).isPositive();
        assertThat(reported.added() - now.added()).isEqualTo(ofTheEdit.removed());
        assertThat(now.removed()).isEqualTo(reported.removed());
        assertThat(now).isEqualTo(phraseSum(source, PianoRollConverter.toRoll(edited)));
        assertThat(robot.lookup("#diffSummary").queryAs(Label.class).getText()).contains("+" + now.added() + " added");
        robot.clickOn("#view-diff");
        assertThat(window.roll().diffProperty().get().counts().added()).isEqualTo(now.added());

        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !window.genreStrip().updatingProperty().get());
        List<PhraseGenreScores> expected = WaitForAsyncUtils.asyncFx(() -> engine.phraseScores(edited, "classic", "jazz", new CancellationToken())).get();
        assertThat(window.genreStrip().modelProperty().get().after()).isEqualTo(expected);
        assertThat(window.genreStrip().modelProperty().get().before()).isEqualTo(fresh.result().before());
    }

    @Test
    void eachVersionKeepsItsOwnUndoHistory(FxRobot robot) {
        List<Integer> pitches = pitches(window.versions().original().song());
        robot.clickOn("#pianoRoll").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.UP);
        robot.clickOn("#runTransfer");
        Song transferred = window.versions().selectedTransfer().orElseThrow().song();
        robot.interact(() -> window.roll().viewModel().select(List.of(transferred.notes().get(0))));
        robot.interact(() -> window.roll().requestFocus());
        robot.type(KeyCode.DELETE);
        assertThat(menuText(robot, "menu-undo")).isEqualTo("Undo Delete 1 note");

        robot.clickOn("#view-original");
        assertThat(menuText(robot, "menu-undo")).isEqualTo("Undo Transpose 32 notes +1");
        robot.clickOn("#undo");
        assertThat(pitches(window.versions().original().song())).isEqualTo(pitches);
        // The transfer was made from the transposed original: it says so, and keeps its diff against that state.
        assertThat(robot.lookup("#versionList .list-cell").queryAllAs(ListCell.class)).extracting(ListCell::getText)
                .anyMatch(t -> t != null && t.contains("jazz") && t.contains("(earlier original)"));

        robot.clickOn("#view-transferred");
        assertThat(menuText(robot, "menu-undo")).isEqualTo("Undo Delete 1 note");
        robot.clickOn("#undo");
        assertThat(window.versions().selectedTransfer().orElseThrow().song().notes()).isEqualTo(transferred.notes());
        assertThat(menuText(robot, "menu-redo")).isEqualTo("Redo Delete 1 note");
        assertThat(pitches(window.versions().original().song())).as("the original's undo is its own").isEqualTo(pitches);
    }

    @Test
    void theSaliencyOverlayTurnsOnAndOff(FxRobot robot) {
        robot.clickOn("#saliencyToggle");
        assertThat(window.roll().saliencyProperty().get()).isNotNull();
        assertThat(window.roll().saliencyProperty().get().steps()).isEqualTo(PianoRollConverter.toRoll(window.versions().original().song()).steps());
        robot.interact(() -> window.saliency().opacityProperty().set(0.3));
        assertThat(window.roll().saliencyProperty().get().opacity()).isEqualTo(0.3);
        robot.clickOn("#saliencyToggle");
        assertThat(window.roll().saliencyProperty().get()).isNull();
    }

    @Test
    void theBKeySwitchesAbAtTheSamePosition(FxRobot robot) {
        robot.clickOn("#runTransfer");
        robot.interact(() -> window.transport().seek(2.5));
        robot.clickOn("#playPause");
        robot.clickOn("#pianoRoll").type(KeyCode.B);
        assertThat(window.transport().sideProperty().get()).isEqualTo(AbSide.B);
        assertThat(audio.player.b).isTrue();
        assertThat(audio.player.position).isEqualTo(2.5);
        assertThat(window.transport().positionSecondsProperty().get()).isEqualTo(2.5);
        assertThat(robot.lookup("#abToggle").queryLabeled().getText()).isEqualTo("B: Transfer");
        robot.type(KeyCode.B);
        assertThat(window.transport().sideProperty().get()).isEqualTo(AbSide.A);
        assertThat(audio.player.b).isFalse();
    }

    @Test
    void anEditCanBeUndoneAndRedone(FxRobot robot) {
        List<Integer> pitches = pitches(window.versions().original().song());
        robot.clickOn("#pianoRoll").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.UP);
        assertThat(pitches(window.versions().original().song())).isEqualTo(pitches.stream().map(p -> p + 1).toList());
        assertThat(window.document().unsavedProperty().get()).isTrue();
        robot.clickOn("#undo");
        assertThat(pitches(window.versions().original().song())).isEqualTo(pitches);
        robot.clickOn("#redo");
        assertThat(pitches(window.versions().original().song())).isEqualTo(pitches.stream().map(p -> p + 1).toList());
    }

    @Test
    void exportedMidiAndWavReadBack(FxRobot robot) throws Exception {
        robot.clickOn("#runTransfer");
        SongVersion transfer = window.versions().selectedTransfer().orElseThrow();
        Path mid = dir.resolve("out/transfer.mid");
        Path wav = dir.resolve("out/transfer.wav");
        // WAV of the original: the random-weight transfer has thousands of notes and would only slow the render down.
        SongVersion original = window.versions().original();
        robot.interact(() -> {
            window.export().writeMidi(transfer, mid);
            window.export().writeWav(original, wav);
        });
        Song back = MidiReader.read(mid);
        assertThat(back.notes()).isEqualTo(transfer.song().notes());
        assertThat(back.tempoMap().bpmAt(0)).isEqualTo(120.0);
        assertThat(window.versions().selectedTransfer().orElseThrow().saved()).isTrue();
        PcmBuffer pcm = WavFiles.read(wav);
        assertThat(pcm.durationSeconds()).isGreaterThan(original.song().durationSeconds());
        assertThat(pcm.rms()).isGreaterThan(0);

        Path png = dir.resolve("out/roll.png");
        robot.interact(() -> window.export().writePng(window.wholeSongImage(), png));
        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThanOrEqualTo(1200);
    }

    @Test
    void closingWithUnsavedEditsAsksFirst(FxRobot robot) {
        robot.clickOn("#pianoRoll").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.DELETE);
        assertThat(window.versions().original().song().notes()).isEmpty();
        requestClose();
        DialogPane prompt = robot.lookup("#savePrompt").queryAs(DialogPane.class);
        assertThat(prompt.getHeaderText()).contains("scale.mid");
        robot.clickOn(button(prompt, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        requestClose();
        robot.clickOn(button(robot.lookup("#savePrompt").queryAs(DialogPane.class), "Don't save"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isFalse();
    }

    private void requestClose() {
        Platform.runLater(() -> {
            WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.getOnCloseRequest().handle(close);
            if (!close.isConsumed()) stage.close();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button button(DialogPane pane, String text) {
        return pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t))
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private static String texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).collect(Collectors.joining("\n"));
    }

    private static boolean addedByTheTransfer(Note n, Song in, PianoRoll source) {
        if (!PianoRoll.inWindow(n.pitch())) return false;
        PianoRoll alone = PianoRollConverter.toRoll(in.withNotes(List.of(n)));
        for (int step = 0; step < Math.min(alone.steps(), source.steps()); step++) {
            if (alone.sounds(step, n.pitch()) && source.sounds(step, n.pitch())) return false;
        }
        return true;
    }

    /** Core's content change summed over phrases, both rolls padded with silence to whole phrases. */
    private static ContentChange phraseSum(PianoRoll from, PianoRoll to) {
        int phrases = (Math.max(from.steps(), to.steps()) + Phrase.STEPS - 1) / Phrase.STEPS;
        PianoRoll a = from.resized(phrases * Phrase.STEPS);
        PianoRoll b = to.resized(phrases * Phrase.STEPS);
        int added = 0, removed = 0;
        for (int i = 0; i < phrases; i++) {
            ContentChange c = ContentChange.between(a.phrase(i), b.phrase(i));
            added += c.added();
            removed += c.removed();
        }
        return new ContentChange(added, removed, from.activeCells());
    }

    private static String menuText(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow().getText();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("the condition did not become true within 20 s", e);
        }
    }

    private static List<Integer> pitches(Song s) {
        return s.notes().stream().map(Note::pitch).toList();
    }
}
