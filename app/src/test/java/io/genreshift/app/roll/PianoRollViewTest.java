package io.genreshift.app.roll;

import io.genreshift.app.roll.layer.KeyboardLayer;
import io.genreshift.app.roll.layer.RulerLayer;
import io.genreshift.app.roll.layer.VelocityLaneLayer;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.roll.PianoRoll;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The piano roll in a real (headless) window: mouse and keys reach the model through the gestures. */
@ExtendWith(ApplicationExtension.class)
class PianoRollViewTest {
    private static final int PPQ = TestSongs.PPQ;
    private PianoRollView view;
    private final List<Integer> auditioned = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view = new PianoRollView(TestSongs.of(Note.of(60, 4L * PPQ, PPQ, 100), Note.of(72, 8L * PPQ, PPQ, 100)));
        view.setAuditionHandler(auditioned::add);
        stage.setScene(new Scene(view, 1000, 600));
        stage.show();
        stage.requestFocus();
    }

    private Point2D screen(double tick, int pitch) {
        return view.localToScreen(view.pointOf(tick, pitch));
    }

    private Song song() {
        return view.songProperty().get();
    }

    @Test
    void pencilDrawsANoteOnTheGridAndUndoRemovesIt(FxRobot robot) {
        robot.interact(() -> view.toolProperty().set(Tool.DRAW));
        // A little after beat 2 of bar 1, on E4: the note must start on the 16th grid line at or before the click.
        robot.moveTo(screen(PPQ + PPQ / 8.0 + 7, 64)).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(song().notes()).hasSize(3);
        Note drawn = song().notes().stream().filter(n -> n.pitch() == 64).findFirst().orElseThrow();
        assertThat(drawn.start()).isEqualTo(PPQ + PPQ / 8 - (PPQ / 8) % (PPQ / 4));
        assertThat(drawn.start() % (PPQ / 4)).isZero();
        assertThat(auditioned).contains(64);
        assertThat(view.undoStack().undoNameProperty().get()).isEqualTo("Draw note E4");

        robot.interact(() -> view.undoStack().undo());
        assertThat(song().notes()).extracting(Note::pitch).containsExactly(60, 72);
        robot.interact(() -> view.undoStack().redo());
        assertThat(song().notes()).extracting(Note::pitch).contains(64);
    }

    @Test
    void draggingANoteMovesItOnTheGridAsOneUndoStep(FxRobot robot) {
        robot.moveTo(screen(4L * PPQ + PPQ / 2.0, 60)).press(MouseButton.PRIMARY)
                .moveTo(screen(6L * PPQ + PPQ / 2.0 + 10, 62)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Note moved = song().notes().stream().filter(n -> n.pitch() == 62).findFirst().orElseThrow();
        assertThat(moved.start()).isEqualTo(6L * PPQ);
        assertThat(view.selectionProperty().get().notes()).containsExactly(moved);
        assertThat(view.undoStack().undoNameProperty().get()).isEqualTo("Move 1 note");
        assertThat(view.undoStack().isDirty()).isTrue();

        robot.interact(() -> view.undoStack().undo());
        assertThat(song().notes()).extracting(Note::pitch).containsExactly(60, 72);
        assertThat(song().notes().get(0).start()).isEqualTo(4L * PPQ);
        assertThat(view.undoStack().canUndo()).isFalse();
        assertThat(view.undoStack().isDirty()).isFalse();
    }

    @Test
    void arrowKeysTransposeTheSelectionAndDeleteRemovesIt(FxRobot robot) {
        robot.clickOn(screen(4L * PPQ + PPQ / 2.0, 60));
        robot.type(KeyCode.UP);
        assertThat(song().notes()).extracting(Note::pitch).containsExactly(61, 72);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(song().notes()).extracting(Note::pitch).containsExactly(49, 72);
        robot.type(KeyCode.DELETE);
        assertThat(song().notes()).extracting(Note::pitch).containsExactly(72);
        assertThat(view.undoStack().undoableNames()).containsExactly("Transpose 1 note +1", "Transpose 1 note -12", "Delete 1 note");
    }

    @Test
    void saliencyOverlayTogglesOnAndOffAndReportsTheCellScore(FxRobot robot) {
        int steps = 64;
        float[] scores = new float[steps * 84];
        scores[8 * 84 + (60 - 24)] = 0.9f; // step 8 = beat 2 of bar 1... start of beat 3, on C4
        robot.interact(() -> view.saliencyProperty().set(new SaliencyLayer(steps, scores, 0.8, 0.2)));
        robot.moveTo(screen(8 * PPQ / 4.0 + 10, 60));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.hoverText()).contains("saliency 0.900");
        WritableImage on = renderNow(robot);

        robot.interact(() -> view.saliencyProperty().set(null));
        robot.moveTo(screen(8 * PPQ / 4.0 + 12, 60));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.hoverText()).doesNotContain("saliency");
        WritableImage off = renderNow(robot);

        Point2D cell = view.pointOf(8 * PPQ / 4.0 + 20, 60);
        assertThat(on.getPixelReader().getArgb((int) cell.getX(), (int) cell.getY()))
                .isNotEqualTo(off.getPixelReader().getArgb((int) cell.getX(), (int) cell.getY()));
    }

    private WritableImage renderNow(FxRobot robot) {
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = view.renderImage());
        return out[0];
    }

    @Test
    void clickingTheKeyboardAuditionsThatKey(FxRobot robot) {
        Point2D key = view.localToScreen(view.pointOf(0, 67).subtract(KeyboardLayer.WIDTH - 45, 0));
        robot.clickOn(key);
        assertThat(auditioned).containsExactly(67);
    }

    @Test
    void theDiffViewReplacesTheNotesAndIgnoresEditingGestures(FxRobot robot) {
        var original = PianoRoll.empty(64).with(16, 60 - 24, true);
        var transferred = PianoRoll.empty(64).with(32, 64 - 24, true);
        robot.interact(() -> view.diffProperty().set(new RollDiff(original, transferred)));
        WritableImage diff = renderNow(robot);
        Point2D added = view.pointOf(32 * PPQ / 4.0 + PPQ / 8.0, 64);
        Point2D note = view.pointOf(4L * PPQ + PPQ / 2.0, 60);
        robot.interact(() -> view.diffProperty().set(null));
        WritableImage plain = renderNow(robot);
        assertThat(diff.getPixelReader().getArgb((int) added.getX(), (int) added.getY()))
                .as("the added cell is drawn only in the diff view")
                .isNotEqualTo(plain.getPixelReader().getArgb((int) added.getX(), (int) added.getY()));
        assertThat(diff.getPixelReader().getArgb((int) note.getX(), (int) note.getY()))
                .as("the song's note is hidden in the diff view")
                .isNotEqualTo(plain.getPixelReader().getArgb((int) note.getX(), (int) note.getY()));

        robot.interact(() -> view.diffProperty().set(new RollDiff(original, transferred)));
        robot.moveTo(screen(4L * PPQ + PPQ / 2.0, 60)).press(MouseButton.PRIMARY)
                .moveTo(screen(6L * PPQ, 62)).release(MouseButton.PRIMARY);
        assertThat(song().notes()).extracting(Note::pitch).containsExactly(60, 72);
        assertThat(view.undoStack().canUndo()).isFalse();
    }

    @Test
    void aSpanInAnotherMeterIsTintedAsUntouched(FxRobot robot) throws Exception {
        Song fourFour = song();
        // Bars 2-3 in 3/4, the rest in 4/4: the roll tints the 3/4 bars, where a transfer changes nothing.
        Song changing = new Song(fourFour.title(), PPQ, fourFour.tempoMap(), List.of(new TimeSignature(0, 4, 4),
                new TimeSignature(4L * PPQ, 3, 4), new TimeSignature(10L * PPQ, 4, 4)), fourFour.tracks(), fourFour.notes(),
                fourFour.lengthTicks());
        WritableImage plain = renderNow(robot);
        robot.interact(() -> view.songProperty().set(changing));
        WritableImage tinted = renderNow(robot);
        savePng(tinted, java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "genreshift-untouched-meter.png"));

        Point2D inside = view.pointOf(7.0 * PPQ, 66);
        Point2D after = view.pointOf(12.0 * PPQ, 66);
        assertThat(view.viewModel().phraseTiles().untouched()).containsExactly(new TickRange(4L * PPQ, 10L * PPQ));
        assertThat(tinted.getPixelReader().getArgb((int) inside.getX(), (int) inside.getY()))
                .isNotEqualTo(plain.getPixelReader().getArgb((int) inside.getX(), (int) inside.getY()));
        assertThat(view.viewModel().phraseTiles().phrases().get(1).start()).as("the next phrase starts on the 4/4 bar line")
                .isEqualTo(10L * PPQ);
        assertThat(after.getX()).isGreaterThan(inside.getX());
    }

    /** For looking at the result: a plain ARGB dump through ImageIO, no javafx.swing needed. */
    private static void savePng(WritableImage image, java.nio.file.Path file) throws java.io.IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }

    @Test
    void renderImageHoldsKeyboardRulerRollAndVelocityLane(FxRobot robot) {
        WritableImage image = renderNow(robot);
        Viewport v = view.viewModel().getViewport();
        assertThat(image.getWidth()).isEqualTo(KeyboardLayer.WIDTH + v.width());
        assertThat(image.getHeight()).isEqualTo(RulerLayer.HEIGHT + v.height()
                + VelocityLaneLayer.HEIGHT);
    }

    @Test
    void zoomedOutWithThousandsOfNotesTheNotesAndGhostsAreStillDrawn(FxRobot robot) {
        Song dense = RedrawBenchmark.syntheticSong(5000, 2, 11);
        Note longNote = Note.of(104, 0, 64L * PPQ, 127); // above the synthetic pitches (28..100), 16 bars long
        Song withLong = dense.withNotes(concat(dense.notes(), longNote));
        robot.interact(() -> {
            view.songProperty().set(null);
            view.songProperty().set(withLong);
        });
        WritableImage drawn = renderNow(robot);
        Point2D inside = view.pointOf(32L * PPQ, 104);
        robot.interact(() -> view.songProperty().set(dense));
        WritableImage without = renderNow(robot);
        assertThat(drawn.getPixelReader().getArgb((int) inside.getX(), (int) inside.getY()))
                .isNotEqualTo(without.getPixelReader().getArgb((int) inside.getX(), (int) inside.getY()));

        robot.interact(() -> view.ghostSongProperty().set(withLong));
        WritableImage ghost = renderNow(robot);
        assertThat(ghost.getPixelReader().getArgb((int) inside.getX(), (int) inside.getY()))
                .as("the ghost of the long note shows under the song")
                .isNotEqualTo(without.getPixelReader().getArgb((int) inside.getX(), (int) inside.getY()));
    }

    private static List<Note> concat(List<Note> notes, Note extra) {
        List<Note> out = new ArrayList<>(notes);
        out.add(extra);
        return out;
    }

    @Test
    void draggingANotePastTheRightEdgeScrollsTheView(FxRobot robot) {
        robot.interact(() -> view.viewModel().zoomTime(2, 0)); // about 2 bars in view: the note (bar 2) is on screen
        double originBefore = view.viewModel().getViewport().originTick();
        Point2D rightEdge = view.localToScreen(view.getWidth() - 5, view.pointOf(0, 60).getY());
        robot.moveTo(screen(4L * PPQ + PPQ / 2.0, 60)).press(MouseButton.PRIMARY)
                .moveTo(rightEdge).moveBy(2, 0).moveBy(2, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.viewModel().getViewport().originTick()).isGreaterThan(originBefore);
        assertThat(song().notes()).extracting(Note::start).doesNotContain(4L * PPQ);
    }
}
