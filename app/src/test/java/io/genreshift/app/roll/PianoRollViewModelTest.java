package io.genreshift.app.roll;

import io.genreshift.app.edit.GridDivision;
import io.genreshift.app.roll.gesture.PianoRollMouseHandler;
import io.genreshift.app.roll.gesture.RollPointer;
import io.genreshift.app.roll.gesture.VelocityPaintGesture;
import io.genreshift.app.roll.layer.VelocityLaneLayer;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.PianoRoll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The view model without any window: gestures are driven with plain pointer records. */
class PianoRollViewModelTest {
    private static final int PPQ = TestSongs.PPQ;
    private static final Note C4 = Note.of(60, 4L * PPQ, PPQ, 100);
    private static final Note C5 = Note.of(72, 8L * PPQ, PPQ, 100);
    private PianoRollViewModel vm;
    private PianoRollMouseHandler mouse;

    @BeforeEach
    void setUp() {
        vm = new PianoRollViewModel(TestSongs.of(C4, C5));
        vm.resize(1000, 600);
        mouse = new PianoRollMouseHandler(vm);
    }

    private RollPointer at(double tick, int pitch) {
        Viewport v = vm.getViewport();
        return RollPointer.at(v.x(tick), v.y(pitch) + v.rowHeight() / 2);
    }

    private void drag(RollPointer from, RollPointer to) {
        mouse.pressed(from, PianoRollMouseHandler.Button.PRIMARY, false);
        mouse.dragged(to);
        mouse.released(to);
    }

    @Test
    void showDocumentBringsThatDocumentsOwnUndoHistoryBack() {
        var firstHistory = vm.newHistory();
        var secondHistory = vm.newHistory();
        Song first = vm.getSong();
        Song second = TestSongs.of(C5);
        vm.showDocument(first, firstHistory);
        vm.select(List.of(C4));
        vm.transposeSelection(2);
        Song firstEdited = vm.getSong();

        vm.showDocument(second, secondHistory);
        assertThat(vm.undoStack().canUndo()).isFalse();
        assertThat(vm.history().undoNameProperty().get()).isEmpty();
        vm.selectAll();
        vm.deleteSelection();

        vm.showDocument(firstEdited, firstHistory);
        assertThat(vm.history().undoNameProperty().get()).isEqualTo("Transpose 1 note +2");
        assertThat(vm.history().undo()).isTrue();
        assertThat(vm.getSong()).isEqualTo(first);

        vm.showDocument(TestSongs.of(), secondHistory);
        assertThat(vm.history().undoNameProperty().get()).isEqualTo("Delete 1 note");
    }

    @Test
    void settingTheSongFromOutsideStillStartsAFreshHistory() {
        vm.selectAll();
        vm.deleteSelection();
        vm.songProperty().set(TestSongs.of(C5));
        assertThat(vm.undoStack().canUndo()).isFalse();
    }

    @Test
    void aNewSongIsFittedIntoTheView() {
        Viewport v = vm.getViewport();
        assertThat(v.originTick()).isZero();
        assertThat(v.endTick()).isGreaterThanOrEqualTo(vm.getSong().lengthTicks() - 1);
        assertThat(v.topVisiblePitch()).isGreaterThanOrEqualTo(72);
        assertThat(v.bottomVisiblePitch()).isLessThanOrEqualTo(60);
    }

    @Test
    void drawingWithThePencilSnapsTheStartAndTheDraggedLength() {
        vm.toolProperty().set(Tool.DRAW);
        vm.gridDivisionProperty().set(GridDivision.EIGHTH);
        drag(at(2 * PPQ + 100, 64), at(3 * PPQ + 200, 64)); // 1100 .. 1640 ticks
        Note drawn = vm.getSong().notes().stream().filter(n -> n.pitch() == 64).findFirst().orElseThrow();
        assertThat(drawn.start()).isEqualTo(2L * PPQ);          // floor to the eighth grid
        assertThat(drawn.end()).isEqualTo(3L * PPQ + PPQ / 2);  // nearest eighth to 1640
        assertThat(vm.undoStack().undoableNames()).containsExactly("Draw note E4");
        assertThat(vm.newNoteLength()).as("the next note gets the drawn length").isEqualTo(drawn.duration());
    }

    @Test
    void altBypassesSnapWhenMoving() {
        RollPointer from = at(4 * PPQ + 100, 60);
        RollPointer to = at(4 * PPQ + 100 + 37, 60);
        mouse.pressed(from, PianoRollMouseHandler.Button.PRIMARY, false);
        RollPointer free = new RollPointer(to.x(), to.y(), false, false, true);
        mouse.dragged(free);
        mouse.released(free);
        assertThat(vm.getSong().notes()).extracting(Note::start).contains(4L * PPQ + 37);
    }

    @Test
    void rubberBandSelectsTouchedNotesAndShiftAdds() {
        drag(at(3 * PPQ, 58), at(5 * PPQ, 62));
        assertThat(vm.getSelection().notes()).containsExactly(C4);
        assertThat(vm.selectionRangeProperty().get()).isEqualTo(new TickRange(C4.start(), C4.end()));
        assertThat(vm.rubberBandProperty().get()).as("band gone after release").isNull();
        RollPointer from = at(7 * PPQ, 71), to = at(9 * PPQ, 73);
        mouse.pressed(new RollPointer(from.x(), from.y(), true, false, false), PianoRollMouseHandler.Button.PRIMARY, false);
        mouse.dragged(new RollPointer(to.x(), to.y(), true, false, false));
        mouse.released(new RollPointer(to.x(), to.y(), true, false, false));
        assertThat(vm.getSelection().notes()).containsExactlyInAnyOrder(C4, C5);
    }

    @Test
    void resizingTheRightEdgeLengthensOnTheGrid() {
        Viewport v = vm.getViewport();
        double endX = v.x(C4.end()) - 2;
        double y = v.y(60) + v.rowHeight() / 2;
        drag(RollPointer.at(endX, y), RollPointer.at(v.x(C4.end() + PPQ + 20), y));
        Note resized = vm.getSong().notes().stream().filter(n -> n.pitch() == 60).findFirst().orElseThrow();
        assertThat(resized.start()).isEqualTo(C4.start());
        assertThat(resized.duration()).isEqualTo(2L * PPQ);
        assertThat(vm.undoStack().undoNameProperty().get()).isEqualTo("Resize 1 note");
    }

    @Test
    void quantizeWithoutASelectionQuantizesEverythingAndSelectsNothing() {
        vm.songProperty().set(TestSongs.of(Note.of(60, 130, 100, 100), Note.of(62, 1010, 100, 100)));
        vm.quantize();
        assertThat(vm.getSong().notes()).extracting(Note::start).containsExactly(120L, 960L);
        assertThat(vm.getSelection().isEmpty()).isTrue();
        assertThat(vm.undoStack().undoNameProperty().get()).isEqualTo("Quantize 2 notes to 1/16");
    }

    @Test
    void replacingTheSongFromOutsideStartsAFreshHistoryAndKeepsTheViewport() {
        vm.selectAll();
        vm.transposeSelection(1);
        assertThat(vm.undoStack().canUndo()).isTrue();
        vm.zoomTime(2, 0);
        Viewport before = vm.getViewport();
        vm.songProperty().set(TestSongs.of(C4));
        assertThat(vm.undoStack().canUndo()).isFalse();
        assertThat(vm.undoStack().isDirty()).isFalse();
        assertThat(vm.getSelection().isEmpty()).as("the transposed notes are not in the new song").isTrue();
        assertThat(vm.getViewport().pxPerTick()).isEqualTo(before.pxPerTick());
    }

    @Test
    void undoRestoresTheSelectionOfTheTime() {
        vm.select(List.of(C4));
        vm.transposeSelection(12);
        vm.clearSelection();
        vm.undoStack().undo();
        assertThat(vm.getSong().notes()).containsExactly(C4, C5);
        assertThat(vm.getSelection().notes()).containsExactly(C4);
    }

    @Test
    void theDiffViewIsReadOnly() {
        vm.diffProperty().set(new RollDiff(PianoRoll.empty(64), PianoRoll.empty(64)));
        vm.selectAll();
        vm.deleteSelection();
        assertThat(vm.getSong().notes()).hasSize(2);
        assertThat(vm.hit(vm.getViewport().x(C4.start() + 10), vm.getViewport().y(60) + 1)).isNull();
    }

    @Test
    void playheadIsFollowedInPagesUntilTheUserScrolls() {
        vm.zoomTime(8, 0); // a view of about a bar
        Viewport v = vm.getViewport();
        double pastTheView = v.endTick() + 10;
        vm.playheadTickProperty().set(pastTheView);
        assertThat(vm.getViewport().x(pastTheView)).isBetween(0.0, vm.getViewport().width());

        vm.scrollBy(-200, 0, true);
        assertThat(vm.followPlayheadProperty().get()).isFalse();
        Viewport scrolled = vm.getViewport();
        vm.playheadTickProperty().set(pastTheView + 20 * PPQ);
        assertThat(vm.getViewport()).as("no jump while the user looks elsewhere").isEqualTo(scrolled);

        vm.catchPlayhead();
        assertThat(vm.followPlayheadProperty().get()).isTrue();
        assertThat(vm.getViewport().x(vm.playheadTickProperty().get())).isBetween(0.0, vm.getViewport().width());
    }

    @Test
    void theLoopRangeWinsOverTheSelectionSpan() {
        vm.select(List.of(C4));
        vm.loopRangeProperty().set(new TickRange(0, 1920));
        assertThat(vm.selectionRangeProperty().get()).isEqualTo(new TickRange(0, 1920));
        vm.clearSelection();
        assertThat(vm.selectionRangeProperty().get()).isNull();
    }

    @Test
    void secondaryClickWithThePencilDeletesAndKeyboardAuditions() {
        List<Integer> heard = new ArrayList<>();
        vm.setAuditionHandler(heard::add);
        vm.toolProperty().set(Tool.DRAW);
        mouse.pressed(at(C5.start() + 50, 72), PianoRollMouseHandler.Button.SECONDARY, false);
        mouse.released(at(C5.start() + 50, 72));
        assertThat(vm.getSong().notes()).containsExactly(C4);
        vm.audition(61);
        assertThat(heard).containsExactly(61);
        Song song = vm.getSong();
        assertThat(song.notes()).hasSize(1);
    }

    @Test
    void aVelocityStrokeSetsTheNotesItPassesAsOneStep() {
        double lane = VelocityLaneLayer.HEIGHT;
        double y = VelocityLaneLayer.y(40, lane);
        var stroke = new VelocityPaintGesture(vm, lane);
        Viewport v = vm.getViewport();
        stroke.onPressed(RollPointer.at(v.x(C4.start()) - 1, y));
        stroke.onDragged(RollPointer.at(v.x(C5.start()) + 1, y));
        stroke.onReleased(RollPointer.at(v.x(C5.start()) + 1, y));
        assertThat(vm.getSong().notes()).extracting(Note::velocity).containsExactly(40, 40);
        assertThat(vm.undoStack().undoableNames()).containsExactly("Set velocity of 2 notes");
    }

    @Test
    void aVelocityStrokeOnlyTouchesTheSelectionWhenThereIsOne() {
        vm.select(List.of(C5));
        double lane = VelocityLaneLayer.HEIGHT;
        var stroke = new VelocityPaintGesture(vm, lane);
        Viewport v = vm.getViewport();
        stroke.onPressed(RollPointer.at(0, 0));
        stroke.onDragged(RollPointer.at(v.width(), 0));
        stroke.onReleased(RollPointer.at(v.width(), 0));
        assertThat(vm.getSong().notes()).extracting(Note::velocity).containsExactly(100, 127);
        assertThat(vm.getSelection().notes()).extracting(Note::velocity).containsExactly(127);
    }

    @Test
    void cutAndPasteAtThePlayheadMovesAPassage() {
        vm.select(List.of(C4));
        vm.cutSelection();
        assertThat(vm.getSong().notes()).containsExactly(C5);
        vm.playheadTickProperty().set(2 * PPQ + 37);
        vm.paste();
        assertThat(vm.getSong().notes()).containsExactly(C4.withStart(2 * PPQ), C5);
        assertThat(vm.getSelection().notes()).containsExactly(C4.withStart(2 * PPQ));
        assertThat(vm.undoStack().undoableNames()).containsExactly("Cut 1 note", "Paste 1 note");
    }

    @Test
    void aDragIsDroppedWhenTheSongIsReplacedFromOutsideMidway() {
        Song other = TestSongs.of(Note.of(40, 0, PPQ, 90));
        mouse.pressed(at(C4.start() + 100, 60), PianoRollMouseHandler.Button.PRIMARY, false);
        mouse.dragged(at(C4.start() + 2 * PPQ, 62));
        vm.songProperty().set(other); // e.g. the A/B key switched versions while the mouse was down
        mouse.dragged(at(C4.start() + 3 * PPQ, 64));
        mouse.released(at(C4.start() + 3 * PPQ, 64));
        assertThat(vm.getSong()).isSameAs(other);
        assertThat(vm.undoStack().canUndo()).isFalse();
    }
}
