package io.genreshift.app.roll;

import io.genreshift.app.edit.GridDivision;
import io.genreshift.app.edit.UndoStack;
import io.genreshift.app.roll.gesture.PianoRollMouseHandler;
import io.genreshift.app.roll.gesture.RollPointer;
import io.genreshift.app.roll.gesture.RulerRangeGesture;
import io.genreshift.app.roll.gesture.VelocityPaintGesture;
import io.genreshift.app.roll.layer.KeyboardLayer;
import io.genreshift.app.roll.layer.RollFrame;
import io.genreshift.app.roll.layer.RollPainter;
import io.genreshift.app.roll.layer.RollPalette;
import io.genreshift.app.roll.layer.RulerLayer;
import io.genreshift.app.roll.layer.VelocityLaneLayer;
import io.genreshift.core.model.Midi;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

import java.util.OptionalDouble;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * The piano-roll editor: keyboard on the left, bar ruler on top, the roll with its layers, scrollbars.
 * Drawing is virtualized on canvases (no node per note); all state lives in the {@link PianoRollViewModel}, and this
 * class only lays out, paints and forwards input (mouse to gestures, keys to view-model commands).
 * <p>
 * Keys while focused: Delete/Backspace delete, ↑/↓ transpose (Shift: octave; Ctrl: scroll an octave), ←/→ nudge by a
 * grid step (Ctrl: scroll a bar), Q quantize, Ctrl+A select all, Ctrl+C/X/V copy/cut/paste, Ctrl+D duplicate, Ctrl+Z undo, Ctrl+Shift+Z or
 * Ctrl+Y redo, Esc clear selection, Enter catch the playhead, 1 pencil, 2 select, Space+drag pan.
 * A key the roll handles is consumed, and JavaFX runs menu accelerators only for unconsumed keys (bubbling phase),
 * so a host menu with the same accelerator never fires twice. Zoom keys are left to the host
 * ({@link #zoomIn()}, {@link #zoomOut()}, {@link #zoomToFit()}).
 */
public class PianoRollView extends Region {
    private final PianoRollViewModel vm;
    private final RollPainter painter = new RollPainter();
    private final Canvas keyboard = new Canvas();
    private final Canvas ruler = new Canvas();
    private final Canvas roll = new Canvas();
    private final Canvas playhead = new Canvas();
    private final Canvas velocity = new Canvas();
    private final ScrollBar hBar = new ScrollBar();
    private final ScrollBar vBar = new ScrollBar();
    private final Region corner = new Region();
    private final PianoRollMouseHandler mouse;
    private final PianoRollKeys keys;
    private final Tooltip tooltip = new Tooltip();
    private boolean tooltipInstalled;
    private String hoverText = "";

    private boolean redrawScheduled;
    private boolean rollDirty = true;
    private boolean chromeDirty = true;
    private boolean spaceHeld;
    private double laidOutWidth = -1, laidOutHeight = -1;
    private boolean laidOutLane;

    public PianoRollView() {
        this(new PianoRollViewModel());
    }

    public PianoRollView(PianoRollViewModel viewModel) {
        this.vm = viewModel;
        this.mouse = new PianoRollMouseHandler(vm);
        this.keys = new PianoRollKeys(vm);
        setId("pianoRoll");
        getStyleClass().add("piano-roll");
        keyboard.setId("pianoRollKeyboard");
        ruler.setId("pianoRollRuler");
        roll.setId("pianoRollCanvas");
        velocity.setId("pianoRollVelocityLane");
        playhead.setMouseTransparent(true);
        vBar.setOrientation(Orientation.VERTICAL);
        corner.getStyleClass().add("corner");
        getChildren().addAll(roll, playhead, keyboard, ruler, velocity, hBar, vBar, corner);
        setFocusTraversable(true);
        setMinSize(200, 120);
        setPrefSize(900, 500);
        tooltip.setShowDelay(Duration.millis(350));
        tooltip.setHideDelay(Duration.ZERO);
        bindRedraws();
        new ScrollBarSync(vm, hBar, vBar);
        installRollInput();
        installKeyboardInput();
        installRulerInput();
        installVelocityInput();
        vm.velocityLaneVisibleProperty().addListener(x -> requestLayout());
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) spaceHeld = false;
        });
    }

    public PianoRollView(Song song) {
        this(new PianoRollViewModel(song));
    }

    // ---- redraw ---------------------------------------------------------------------------------------------

    private void bindRedraws() {
        for (Observable o : new Observable[]{vm.songProperty(), vm.ghostSongProperty(), vm.diffProperty(),
                vm.saliencyProperty(), vm.selectionProperty(), vm.viewportProperty(), vm.gridDivisionProperty(),
                vm.colorByTrackProperty(), vm.paletteProperty(), vm.loopRangeProperty(), vm.rubberBandProperty()}) {
            o.addListener(x -> scheduleRedraw(true));
        }
        vm.hoverPitchProperty().addListener(x -> scheduleRedraw(false));
        vm.pressedPitchProperty().addListener(x -> scheduleRedraw(false));
        vm.playheadTickProperty().addListener(x -> scheduleRedraw(false));
        vm.saliencyProperty().addListener(x -> updateTooltip(""));
    }

    /** Coalesces all changes made in one event into one repaint; {@code roll} is false for playhead/hover-only changes. */
    private void scheduleRedraw(boolean rollToo) {
        rollDirty |= rollToo;
        chromeDirty = true;
        if (redrawScheduled) return;
        redrawScheduled = true;
        Platform.runLater(this::redrawNow);
    }

    /** Paints what changed now (normally done once per event batch, after it). */
    public void redrawNow() {
        redrawScheduled = false;
        RollFrame frame = vm.frame();
        if (frame.viewport().width() <= 0 || frame.viewport().height() <= 0) return;
        if (rollDirty) painter.paintRoll(roll.getGraphicsContext2D(), frame);
        if (chromeDirty) {
            painter.paintKeyboard(keyboard.getGraphicsContext2D(), frame);
            painter.paintRuler(ruler.getGraphicsContext2D(), frame);
            if (vm.velocityLaneVisibleProperty().get()) painter.paintVelocityLane(velocity.getGraphicsContext2D(), frame);
            playhead.getGraphicsContext2D().clearRect(0, 0, playhead.getWidth(), playhead.getHeight());
            painter.paintPlayhead(playhead.getGraphicsContext2D(), frame);
        }
        rollDirty = false;
        chromeDirty = false;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        double sb = Math.max(12, vBar.prefWidth(-1));
        double sbh = Math.max(12, hBar.prefHeight(-1));
        double kw = KeyboardLayer.WIDTH, rh = RulerLayer.HEIGHT;
        boolean lane = vm.velocityLaneVisibleProperty().get();
        double lh = lane ? VelocityLaneLayer.HEIGHT : 0;
        double rollW = Math.max(0, w - kw - sb), rollH = Math.max(0, h - rh - sbh - lh);
        velocity.setVisible(lane);
        place(velocity, 0, rh + rollH, kw + rollW, lh);
        place(keyboard, 0, rh, kw, rollH);
        place(ruler, kw, 0, rollW, rh);
        place(roll, kw, rh, rollW, rollH);
        place(playhead, kw, rh, rollW, rollH);
        vBar.resizeRelocate(kw + rollW, rh, sb, rollH);
        hBar.resizeRelocate(kw, rh + rollH + lh, rollW, sbh);
        corner.resizeRelocate(kw + rollW, rh + rollH, sb, sbh + lh);
        vm.resize(rollW, rollH);
        // A host's layout pass with unchanged sizes must not cost a full repaint (e.g. a clock label ticking).
        if (w != laidOutWidth || h != laidOutHeight || lane != laidOutLane) scheduleRedraw(true);
        laidOutWidth = w;
        laidOutHeight = h;
        laidOutLane = lane;
    }

    private static void place(Canvas c, double x, double y, double w, double h) {
        c.relocate(x, y);
        c.setWidth(w);
        c.setHeight(h);
    }

    // ---- input ----------------------------------------------------------------------------------------------

    private static RollPointer pointer(MouseEvent e) {
        return new RollPointer(e.getX(), e.getY(), e.isShiftDown(), e.isShortcutDown(), e.isAltDown());
    }

    private static PianoRollMouseHandler.Button button(MouseEvent e) {
        return e.getButton() == MouseButton.MIDDLE ? PianoRollMouseHandler.Button.MIDDLE
                : e.getButton() == MouseButton.SECONDARY ? PianoRollMouseHandler.Button.SECONDARY
                : PianoRollMouseHandler.Button.PRIMARY;
    }

    private void installRollInput() {
        roll.setOnMousePressed(e -> {
            requestFocus();
            mouse.pressed(pointer(e), button(e), spaceHeld);
            e.consume();
        });
        roll.setOnMouseDragged(e -> {
            if (mouse.wantsEdgeScroll()) scrollTowards(e.getX(), e.getY());
            mouse.dragged(pointer(e));
            e.consume();
        });
        roll.setOnMouseReleased(e -> {
            mouse.released(pointer(e));
            vm.pressedPitchProperty().set(-1);
            e.consume();
        });
        roll.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        roll.setOnMouseExited(e -> vm.hoverPitchProperty().set(-1));
        roll.setOnScroll(this::scrolled);
        keyboard.setOnScroll(this::scrolled);
        ruler.setOnScroll(this::scrolled);
    }

    /**
     * Dragging notes or a rubber band past an edge scrolls that way, by half the overshoot per mouse event, so notes
     * can be carried beyond the visible bars. (Event-driven: holding still past the edge does not keep scrolling.)
     */
    private void scrollTowards(double x, double y) {
        Viewport v = vm.getViewport();
        double dx = x < 0 ? x : x > v.width() ? x - v.width() : 0;
        double dy = y < 0 ? y : y > v.height() ? y - v.height() : 0;
        if (dx != 0 || dy != 0) vm.scrollBy(dx / 2, dy / 2, true);
    }

    private void hover(double x, double y) {
        Viewport v = vm.getViewport();
        int pitch = v.pitchAt(y);
        vm.hoverPitchProperty().set(pitch >= 0 && pitch <= 127 ? pitch : -1);
        NoteHit hit = vm.hit(x, y);
        if (spaceHeld) roll.setCursor(Cursor.OPEN_HAND);
        else if (hit != null) roll.setCursor(hit.edge() != null ? Cursor.H_RESIZE : Cursor.MOVE);
        else roll.setCursor(vm.toolProperty().get() == Tool.DRAW ? Cursor.CROSSHAIR : Cursor.DEFAULT);
        StringBuilder text = new StringBuilder();
        if (hit != null) {
            Note n = hit.note();
            text.append(Midi.pitchName(n.pitch())).append("  ·  velocity ").append(n.velocity())
                    .append("  ·  bar ").append(vm.barGrid().barAt(n.start()).number());
        }
        OptionalDouble score = vm.saliencyAt(x, y);
        if (score.isPresent()) {
            if (text.length() > 0) text.append('\n');
            text.append(String.format("saliency %.3f  (%s, step %d)", score.getAsDouble(), Midi.pitchName(pitch),
                    (int) Math.floor(v.tickAt(x) / (vm.ppq() / 4.0))));
        }
        updateTooltip(text.toString());
    }

    private void updateTooltip(String text) {
        hoverText = text;
        tooltip.setText(text);
        if (!text.isEmpty() && !tooltipInstalled) {
            Tooltip.install(roll, tooltip);
            tooltipInstalled = true;
        } else if (text.isEmpty() && tooltipInstalled) {
            Tooltip.uninstall(roll, tooltip);
            tooltipInstalled = false;
        }
    }

    /** Ctrl+wheel zooms time around the pointer, Ctrl+Shift+wheel zooms pitch, Shift+wheel scrolls time, wheel scrolls pitch. */
    private void scrolled(ScrollEvent e) {
        double dy = e.getDeltaY(), dx = e.getDeltaX();
        // Some platforms turn Shift+wheel into a horizontal delta.
        double delta = dy != 0 ? dy : dx;
        double x = e.getSource() == roll || e.getSource() == ruler ? e.getX() : vm.getViewport().width() / 2;
        double y = e.getSource() == roll || e.getSource() == keyboard ? e.getY() : vm.getViewport().height() / 2;
        if (e.isShortcutDown() && e.isShiftDown()) {
            vm.zoomPitch(Math.pow(PianoRollViewModel.ZOOM_STEP, delta / 40), y);
        } else if (e.isShortcutDown()) {
            vm.zoomTime(Math.pow(PianoRollViewModel.ZOOM_STEP, delta / 40), x);
        } else if (e.isShiftDown()) {
            vm.scrollBy(-delta, 0, true);
        } else {
            vm.scrollBy(-dx, -dy, true);
        }
        e.consume();
    }

    private void installKeyboardInput() {
        keyboard.setOnMousePressed(e -> {
            requestFocus();
            int pitch = vm.getViewport().pitchAt(e.getY());
            if (pitch < 0 || pitch > 127 || e.getButton() != MouseButton.PRIMARY) return;
            vm.pressedPitchProperty().set(pitch);
            vm.audition(pitch);
        });
        keyboard.setOnMouseDragged(e -> {
            int pitch = vm.getViewport().pitchAt(e.getY());
            if (pitch >= 0 && pitch <= 127 && pitch != vm.pressedPitchProperty().get() && vm.pressedPitchProperty().get() >= 0) {
                vm.pressedPitchProperty().set(pitch); // glissando
                vm.audition(pitch);
            }
        });
        keyboard.setOnMouseReleased(e -> vm.pressedPitchProperty().set(-1));
        keyboard.setOnMouseMoved(e -> {
            int pitch = vm.getViewport().pitchAt(e.getY());
            vm.hoverPitchProperty().set(pitch >= 0 && pitch <= 127 ? pitch : -1);
            keyboard.setCursor(Cursor.HAND);
        });
        keyboard.setOnMouseExited(e -> vm.hoverPitchProperty().set(-1));
    }

    private void installRulerInput() {
        ruler.setOnMousePressed(e -> {
            requestFocus();
            mouse.start(new RulerRangeGesture(vm), pointer(e));
        });
        ruler.setOnMouseDragged(e -> mouse.dragged(pointer(e)));
        ruler.setOnMouseReleased(e -> mouse.released(pointer(e)));
    }

    private void installVelocityInput() {
        velocity.setOnMousePressed(e -> {
            requestFocus();
            mouse.start(new VelocityPaintGesture(vm, VelocityLaneLayer.HEIGHT), lanePointer(e));
        });
        velocity.setOnMouseDragged(e -> mouse.dragged(lanePointer(e)));
        velocity.setOnMouseReleased(e -> mouse.released(lanePointer(e)));
        velocity.setOnScroll(this::scrolled);
    }

    /** Lane events in roll x (the lane canvas also spans the keyboard column) and lane y. */
    private static RollPointer lanePointer(MouseEvent e) {
        return new RollPointer(e.getX() - KeyboardLayer.WIDTH, e.getY(), e.isShiftDown(), e.isShortcutDown(), e.isAltDown());
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) spaceHeld = true; // not consumed: the host's play/pause still gets Space
        if (keys.handle(e.getCode(), e.isShiftDown(), e.isShortcutDown(), e.isAltDown())) e.consume();
    }

    // ---- rendering for export -------------------------------------------------------------------------------

    /** The roll as shown now (keyboard, ruler, notes and overlays, playhead, velocity lane), for PNG export. FX thread only. */
    public WritableImage renderImage() {
        return render(vm.getViewport());
    }

    /** The whole song fitted into {@code width} × {@code height} pixels of roll (plus keyboard and ruler). */
    public WritableImage renderSongImage(double width, double height) {
        Viewport v = vm.getViewport().withSize(width, height);
        Song s = vm.getSong();
        int low = 24, high = 107;
        if (s != null && !s.notes().isEmpty()) {
            low = Math.min(low, s.notes().stream().mapToInt(Note::pitch).min().orElse(low));
            high = Math.max(high, s.notes().stream().mapToInt(Note::pitch).max().orElse(high));
        }
        long length = s == null ? (long) vm.contentTicks() : Math.max(1, s.lengthTicks());
        ZoomLimits free = new ZoomLimits(1e-9, 1e3, 0.5, 48);
        return render(v.fitted(length, low, high, free));
    }

    private WritableImage render(Viewport v) {
        boolean lane = vm.velocityLaneVisibleProperty().get();
        Canvas canvas = new Canvas(Math.max(1, RollPainter.componentWidth(v)), Math.max(1, RollPainter.componentHeight(v, lane)));
        painter.paintComponent(canvas.getGraphicsContext2D(), vm.frame(v), lane);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return canvas.snapshot(params, null);
    }

    // ---- coordinates for hosts and tests --------------------------------------------------------------------

    /** The centre of the cell at {@code tick} and {@code pitch}, in this view's local coordinates. */
    public Point2D pointOf(double tick, int pitch) {
        Viewport v = vm.getViewport();
        return new Point2D(KeyboardLayer.WIDTH + v.x(tick), RulerLayer.HEIGHT + v.y(pitch) + v.rowHeight() / 2);
    }

    /** What the roll's tooltip says for the last hovered point (note info and saliency score), or "". */
    public String hoverText() {
        return hoverText;
    }

    // ---- public API -----------------------------------------------------------------------------------------

    public PianoRollViewModel viewModel() {
        return vm;
    }

    public ObjectProperty<Song> songProperty() {
        return vm.songProperty();
    }

    public ObjectProperty<Song> ghostSongProperty() {
        return vm.ghostSongProperty();
    }

    public ObjectProperty<RollDiff> diffProperty() {
        return vm.diffProperty();
    }

    public ObjectProperty<SaliencyLayer> saliencyProperty() {
        return vm.saliencyProperty();
    }

    public DoubleProperty playheadTickProperty() {
        return vm.playheadTickProperty();
    }

    public BooleanProperty followPlayheadProperty() {
        return vm.followPlayheadProperty();
    }

    public void catchPlayhead() {
        vm.catchPlayhead();
    }

    public UndoStack undoStack() {
        return vm.undoStack();
    }

    public ReadOnlyObjectProperty<TickRange> selectionRangeProperty() {
        return vm.selectionRangeProperty();
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return vm.selectionProperty();
    }

    public ObjectProperty<TickRange> loopRangeProperty() {
        return vm.loopRangeProperty();
    }

    public void setAuditionHandler(IntConsumer pitch) {
        vm.setAuditionHandler(pitch);
    }

    /** Called with the tick of a click on the ruler; default: move the playhead there. */
    public void setSeekHandler(LongConsumer tick) {
        vm.setSeekHandler(tick);
    }

    public void zoomIn() {
        vm.zoomIn();
    }

    public void zoomOut() {
        vm.zoomOut();
    }

    public void zoomToFit() {
        vm.zoomToFit();
    }

    public ObjectProperty<Tool> toolProperty() {
        return vm.toolProperty();
    }

    public ObjectProperty<GridDivision> gridDivisionProperty() {
        return vm.gridDivisionProperty();
    }

    public BooleanProperty snapEnabledProperty() {
        return vm.snapEnabledProperty();
    }

    public BooleanProperty colorByTrackProperty() {
        return vm.colorByTrackProperty();
    }

    public ObjectProperty<RollPalette> paletteProperty() {
        return vm.paletteProperty();
    }

    public void deleteSelection() {
        vm.deleteSelection();
    }

    public void transposeSelection(int semitones) {
        vm.transposeSelection(semitones);
    }

    public void quantize() {
        vm.quantize();
    }

    public void setSelectedVelocity(int velocity) {
        vm.setSelectedVelocity(velocity);
    }

    public void selectAll() {
        vm.selectAll();
    }

    public void clearSelection() {
        vm.clearSelection();
    }

    public void duplicateSelection() {
        vm.duplicateSelection();
    }

    public void copySelection() {
        vm.copySelection();
    }

    public void cutSelection() {
        vm.cutSelection();
    }

    public void paste() {
        vm.paste();
    }

    public BooleanProperty velocityLaneVisibleProperty() {
        return vm.velocityLaneVisibleProperty();
    }
}
