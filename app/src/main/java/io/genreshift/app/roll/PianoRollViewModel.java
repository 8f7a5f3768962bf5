package io.genreshift.app.roll;

import io.genreshift.app.edit.ActiveUndoStack;
import io.genreshift.app.edit.Edit;
import io.genreshift.app.edit.GridDivision;
import io.genreshift.app.edit.NoteCommands;
import io.genreshift.app.edit.Snap;
import io.genreshift.app.edit.Snapshot;
import io.genreshift.app.edit.UndoStack;
import io.genreshift.app.roll.layer.RollFrame;
import io.genreshift.app.roll.layer.RollPalette;
import io.genreshift.core.model.Midi;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.roll.PianoRoll;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * State and behaviour of the piano roll, without controls (JabRef's ViewModel): the song and its overlays, the
 * viewport, the selection, the tool and snap settings, and every edit as a named, undoable step.
 * Unit tests drive it directly; {@link PianoRollView} only binds to it and forwards input.
 * <p>
 * Setting {@link #songProperty()} from outside means "show another document": the undo history starts afresh and the
 * selection keeps only notes present in the new song. {@link #showDocument} instead brings the document's own history
 * along (each version of a song keeps one). Edits made through this class go through the {@link UndoStack} in use.
 * Use on the FX thread.
 */
public final class PianoRollViewModel {
    /** Velocity of newly drawn notes (mezzo-forte-ish; the velocity lane or "set velocity" changes it). */
    public static final int DEFAULT_VELOCITY = 96;
    /** Steps of {@link #zoomIn()} / {@link #zoomOut()} and of one wheel notch with Ctrl. */
    public static final double ZOOM_STEP = 1.25;

    private final ObjectProperty<Song> song = new SimpleObjectProperty<>(this, "song");
    private final ObjectProperty<Song> ghostSong = new SimpleObjectProperty<>(this, "ghostSong");
    private final ObjectProperty<RollDiff> diff = new SimpleObjectProperty<>(this, "diff");
    private final ObjectProperty<SaliencyLayer> saliency = new SimpleObjectProperty<>(this, "saliency");
    private final DoubleProperty playheadTick = new SimpleDoubleProperty(this, "playheadTick");
    private final BooleanProperty followPlayhead = new SimpleBooleanProperty(this, "followPlayhead", true);
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(this, "tool", Tool.SELECT);
    private final ObjectProperty<GridDivision> gridDivision = new SimpleObjectProperty<>(this, "gridDivision", GridDivision.SIXTEENTH);
    private final BooleanProperty snapEnabled = new SimpleBooleanProperty(this, "snapEnabled", true);
    private final BooleanProperty colorByTrack = new SimpleBooleanProperty(this, "colorByTrack");
    private final ObjectProperty<RollPalette> palette = new SimpleObjectProperty<>(this, "palette", RollPalette.LIGHT);
    private final ObjectProperty<TickRange> loopRange = new SimpleObjectProperty<>(this, "loopRange");
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>(this, "viewport", Viewport.initial(Midi.DEFAULT_PPQ, 0, 0));
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection", Selection.NONE);
    private final ReadOnlyObjectWrapper<TickRange> selectionRange = new ReadOnlyObjectWrapper<>(this, "selectionRange");
    private final ObjectProperty<double[]> rubberBand = new SimpleObjectProperty<>(this, "rubberBand");
    private final IntegerProperty hoverPitch = new SimpleIntegerProperty(this, "hoverPitch", -1);
    private final IntegerProperty pressedPitch = new SimpleIntegerProperty(this, "pressedPitch", -1);
    private final BooleanProperty velocityLaneVisible = new SimpleBooleanProperty(this, "velocityLaneVisible", true);

    private final ActiveUndoStack history = new ActiveUndoStack(newHistory());
    private IntConsumer auditionHandler = pitch -> { };
    /** Copied notes, the first starting at tick 0; kept across songs so versions can exchange passages. */
    private List<Note> clipboard = List.of();
    private LongConsumer seekHandler = tick -> playheadTick.set(tick);

    private NoteIndex noteIndex;
    private NoteIndex ghostIndex;
    private BarGrid barGrid = new BarGrid(Midi.DEFAULT_PPQ, List.of());
    private PhraseTiles phraseTiles = PhraseTiles.NONE;
    /** True while this class itself replaces the song, so the listener can tell edits from new documents. */
    private boolean applyingEdit;
    /** True while {@link #showDocument} replaces the song: the document brings its own history, which must stay. */
    private boolean keepHistory;
    /** Length of the next drawn note: the grid division until the user draws or resizes one. */
    private long newNoteLength = -1;
    /** Counts songs set from outside, so a drag that outlives its document can be dropped. */
    private long documentGeneration;

    public PianoRollViewModel() {
        song.addListener((obs, old, now) -> songChanged(old, now));
        ghostSong.addListener((obs, old, now) -> ghostIndex = now == null ? null : NoteIndex.of(now));
        selection.addListener((obs, old, now) -> updateSelectionRange());
        loopRange.addListener((obs, old, now) -> updateSelectionRange());
        playheadTick.addListener((obs, old, now) -> followIfNeeded());
        followPlayhead.addListener((obs, old, now) -> followIfNeeded());
    }

    public PianoRollViewModel(Song initial) {
        this();
        song.set(initial);
    }

    private void songChanged(Song old, Song now) {
        noteIndex = now == null ? null : NoteIndex.of(now);
        int ppq = ppq();
        barGrid = new BarGrid(ppq, now == null ? List.of() : now.meters());
        phraseTiles = now == null ? PhraseTiles.NONE : PhraseTiles.of(now);
        if (applyingEdit) return;
        documentGeneration++;
        if (!keepHistory) history.get().clear();
        selection.set(now == null ? Selection.NONE : selection.get().restrictedTo(now));
        if (old == null || old.ppq() != ppq) {
            newNoteLength = -1;
            if (now != null) zoomToFit();
        } else {
            setViewport(viewport.get());
        }
    }

    // ---- derived state --------------------------------------------------------------------------------------

    public int ppq() {
        Song s = song.get();
        return s == null ? Midi.DEFAULT_PPQ : s.ppq();
    }

    public ZoomLimits zoomLimits() {
        return ZoomLimits.forPpq(ppq());
    }

    /** The current snap: the grid division, or single ticks when snapping is off or {@code bypass} (Alt held). */
    public Snap snap(boolean bypass) {
        return snapEnabled.get() && !bypass ? Snap.of(gridDivision.get(), ppq()) : Snap.OFF;
    }

    public NoteIndex noteIndex() {
        return noteIndex;
    }

    /** Where the models' phrases lie in the shown song, and the spans a transfer leaves untouched. */
    public PhraseTiles phraseTiles() {
        return phraseTiles;
    }

    public BarGrid barGrid() {
        return barGrid;
    }

    /** Ticks the scrollbars span: the song plus two bars of room to draw after its end, and never under 16 bars. */
    public double contentTicks() {
        long bar = TimeSignature.FOUR_FOUR.barTicks(ppq());
        Song s = song.get();
        long length = s == null ? 0 : s.lengthTicks();
        return Math.max(16 * bar, length + 2 * bar);
    }

    /** A snapshot of everything the layers draw. */
    public RollFrame frame() {
        return frame(viewport.get());
    }

    public RollFrame frame(Viewport v) {
        return new RollFrame(v, palette.get(), ppq(), barGrid, gridDivision.get(), noteIndex, ghostIndex,
                selection.get(), diff.get(), saliency.get(), colorByTrack.get(), rubberBand.get(), loopRange.get(),
                playheadTick.get(), hoverPitch.get(), pressedPitch.get(), phraseTiles);
    }

    /** The note (and edge) under a point of the roll, or null. */
    public NoteHit hit(double x, double y) {
        return diff.get() != null ? null : NoteHit.find(viewport.get(), noteIndex, x, y);
    }

    /** The saliency score of the cell under a point of the roll, if an overlay is shown and covers it. */
    public OptionalDouble saliencyAt(double x, double y) {
        SaliencyLayer layer = saliency.get();
        if (layer == null) return OptionalDouble.empty();
        Viewport v = viewport.get();
        int step = (int) Math.floor(v.tickAt(x) / (ppq() / (double) PianoRoll.STEPS_PER_BEAT));
        double score = layer.score(step, v.pitchAt(y) - PianoRoll.LOWEST_PITCH);
        return Double.isNaN(score) ? OptionalDouble.empty() : OptionalDouble.of(score);
    }

    // ---- viewport -------------------------------------------------------------------------------------------

    public void resize(double width, double height) {
        Viewport v = viewport.get();
        if (v.width() == width && v.height() == height) return;
        boolean first = v.width() == 0 || v.height() == 0;
        setViewport(v.withSize(width, height));
        if (first && song.get() != null) zoomToFit();
    }

    private void setViewport(Viewport v) {
        viewport.set(v.clamped(contentTicks()));
    }

    /** Scrolls by pixels. A scroll by the user ({@code byUser}) stops following the playhead. */
    public void scrollBy(double dx, double dy, boolean byUser) {
        if (byUser && dx != 0) followPlayhead.set(false);
        setViewport(viewport.get().scrolledBy(dx, dy));
    }

    /** Scrolls to a tick at the left edge and a row at the top (the scrollbars' values). */
    public void scrollTo(double originTick, double topRow, boolean byUser) {
        Viewport v = viewport.get();
        if (byUser && originTick != v.originTick()) followPlayhead.set(false);
        setViewport(v.withOrigin(originTick, topRow));
    }

    public void zoomTime(double factor, double anchorX) {
        setViewport(viewport.get().zoomedTime(factor, anchorX, zoomLimits()));
    }

    public void zoomPitch(double factor, double anchorY) {
        setViewport(viewport.get().zoomedPitch(factor, anchorY, zoomLimits()));
    }

    public void zoomIn() {
        zoomTime(ZOOM_STEP, zoomAnchorX());
    }

    public void zoomOut() {
        zoomTime(1 / ZOOM_STEP, zoomAnchorX());
    }

    /** Zoom keeps the playhead in place when it is on screen, else the middle of the view. */
    private double zoomAnchorX() {
        Viewport v = viewport.get();
        double x = v.x(playheadTick.get());
        return x >= 0 && x <= v.width() ? x : v.width() / 2;
    }

    /** Shows the whole song, and the pitch range its notes use (at least the model's window, when empty). */
    public void zoomToFit() {
        Song s = song.get();
        Viewport v = viewport.get();
        if (v.width() == 0 || v.height() == 0) return;
        int low = PianoRoll.LOWEST_PITCH, high = PianoRoll.HIGHEST_PITCH;
        if (s != null && !s.notes().isEmpty()) {
            low = s.notes().stream().mapToInt(Note::pitch).min().orElse(low) - 2;
            high = s.notes().stream().mapToInt(Note::pitch).max().orElse(high) + 2;
            int missing = 24 - (high - low + 1); // show at least two octaves
            if (missing > 0) {
                low -= missing / 2;
                high += missing - missing / 2;
            }
        }
        long length = s == null || s.lengthTicks() == 0 ? (long) contentTicks() : s.lengthTicks();
        setViewport(v.fitted(length, Math.max(0, low), Math.min(127, high), zoomLimits()));
    }

    /** Turns following back on and jumps to the page that holds the playhead (Enter). */
    public void catchPlayhead() {
        followPlayhead.set(true);
        revealPlayhead(true);
    }

    private void followIfNeeded() {
        if (followPlayhead.get()) revealPlayhead(false);
    }

    /** Page-wise following: when the playhead leaves the view, the next page starts just before it. */
    private void revealPlayhead(boolean always) {
        Viewport v = viewport.get();
        if (v.width() == 0) return;
        double x = v.x(playheadTick.get());
        if (always || x < 0 || x > v.width() - 8) {
            double lead = v.visibleTicks() * 0.05;
            setViewport(v.withOrigin(Math.max(0, playheadTick.get() - lead), v.topRow()));
        }
    }

    // ---- selection ------------------------------------------------------------------------------------------

    public void select(Selection newSelection) {
        selection.set(Objects.requireNonNull(newSelection));
    }

    public void select(Collection<Note> notes) {
        select(Selection.of(notes));
    }

    public void selectAll() {
        if (song.get() != null) select(Selection.all(song.get()));
    }

    /** Esc: clears the selection and the loop range. */
    public void clearSelection() {
        select(Selection.NONE);
        loopRange.set(null);
    }

    private void updateSelectionRange() {
        TickRange loop = loopRange.get();
        selectionRange.set(loop != null && !loop.isEmpty() ? loop : selection.get().range().orElse(null));
    }

    // ---- edits ----------------------------------------------------------------------------------------------

    /**
     * Shows another document with its own undo history (a version of the song the user worked on before): unlike
     * setting {@link #songProperty()}, undo and redo then continue where they were for that document.
     *
     * @param documentHistory a stack from {@link #newHistory()}, empty the first time the document is shown
     */
    public void showDocument(Song document, UndoStack documentHistory) {
        history.use(documentHistory);
        keepHistory = true;
        try {
            song.set(document);
        } finally {
            keepHistory = false;
        }
    }

    /** An empty undo history whose steps restore into this roll, for {@link #showDocument}. */
    public UndoStack newHistory() {
        return new UndoStack(this::restore);
    }

    /** The song and selection now, for gestures that preview and later commit an edit. */
    public Snapshot current() {
        return new Snapshot(song.get(), selection.get().notes());
    }

    /**
     * Changes whenever the song is replaced from outside (another document or version). A gesture started under one
     * generation must not preview or commit into another: its "before" state belongs to the old song.
     */
    public long documentGeneration() {
        return documentGeneration;
    }

    /** True when there is a song and the view is not the read-only diff view. */
    public boolean isEditable() {
        return song.get() != null && diff.get() == null;
    }

    /** Shows a state without recording it (a drag in progress). */
    public void preview(Snapshot state) {
        restore(state);
    }

    /** Records the change from {@code before} to the current state as one undo step named {@code name}. */
    public void commit(String name, Snapshot before) {
        history.get().push(new Edit(name, before, current()));
    }

    /** Applies and records an edit in one go. */
    public void apply(String name, Snapshot after) {
        Snapshot before = current();
        restore(after);
        history.get().push(new Edit(name, before, after));
    }

    private void restore(Snapshot state) {
        applyingEdit = true;
        try {
            song.set(state.song());
        } finally {
            applyingEdit = false;
        }
        selection.set(Selection.of(state.selection()));
        setViewport(viewport.get());
    }

    public void deleteSelection() {
        Selection sel = selection.get();
        if (!isEditable() || sel.isEmpty()) return;
        apply("Delete " + NoteCommands.count(sel.size()), NoteCommands.delete(song.get(), sel.notes()));
    }

    /** Transposes the selection (↑/↓ by 1, with Shift by 12). */
    public void transposeSelection(int semitones) {
        Selection sel = selection.get();
        if (!isEditable() || sel.isEmpty() || semitones == 0) return;
        String sign = semitones > 0 ? "+" : "";
        apply("Transpose " + NoteCommands.count(sel.size()) + " " + sign + semitones,
                NoteCommands.transpose(song.get(), sel.notes(), semitones));
    }

    /** Moves the selection by whole grid steps (←/→). */
    public void nudgeSelection(int gridSteps) {
        Selection sel = selection.get();
        if (!isEditable() || sel.isEmpty() || gridSteps == 0) return;
        long dt = gridSteps * snap(false).gridTicks();
        apply("Move " + NoteCommands.count(sel.size()), NoteCommands.move(song.get(), sel.notes(), dt, 0));
    }

    /** Q: snaps note starts to the grid, for the selection or, when nothing is selected, the whole song. */
    public void quantize() {
        if (!isEditable()) return;
        Selection sel = selection.get();
        Collection<Note> targets = sel.isEmpty() ? song.get().notes() : sel.notes();
        Snapshot after = NoteCommands.quantize(song.get(), targets, Snap.of(gridDivision.get(), ppq()));
        // Quantizing everything should not leave everything selected.
        if (sel.isEmpty()) after = Snapshot.of(after.song());
        apply("Quantize " + NoteCommands.count(targets.size()) + " to " + gridDivision.get().label(), after);
    }

    /** Sets the velocity of the selected notes. */
    public void setSelectedVelocity(int velocity) {
        Selection sel = selection.get();
        if (!isEditable() || sel.isEmpty()) return;
        apply("Set velocity of " + NoteCommands.count(sel.size()) + " to " + Midi.clamp(velocity, 1, 127),
                NoteCommands.setVelocity(song.get(), sel.notes(), velocity));
    }

    /** Ctrl+D: copies the selection right after itself and selects the copy. */
    public void duplicateSelection() {
        Selection sel = selection.get();
        if (!isEditable() || sel.isEmpty()) return;
        apply("Duplicate " + NoteCommands.count(sel.size()), NoteCommands.duplicate(song.get(), sel.notes()));
    }

    /** Ctrl+C: keeps the selected notes (relative to the first one) for {@link #paste()}. */
    public void copySelection() {
        Selection sel = selection.get();
        if (!sel.isEmpty()) clipboard = NoteCommands.relativeToFirst(sel.notes());
    }

    /** Ctrl+X: copy, then delete, as one undo step. */
    public void cutSelection() {
        Selection sel = selection.get();
        if (!isEditable() || sel.isEmpty()) return;
        copySelection();
        apply("Cut " + NoteCommands.count(sel.size()), NoteCommands.delete(song.get(), sel.notes()));
    }

    /** Ctrl+V: pastes at the playhead when it is on screen, else at the first grid line in view; selects the copy. */
    public void paste() {
        if (!isEditable() || clipboard.isEmpty()) return;
        apply("Paste " + NoteCommands.count(clipboard.size()), NoteCommands.paste(song.get(), clipboard, pastePosition()));
    }

    public boolean hasClipboard() {
        return !clipboard.isEmpty();
    }

    long pastePosition() {
        Viewport v = viewport.get();
        double playhead = playheadTick.get();
        Snap grid = Snap.of(gridDivision.get(), ppq());
        if (playhead >= v.originTick() && playhead < v.endTick()) return grid.floor((long) playhead);
        return grid.ceil((long) Math.ceil(Math.max(0, v.originTick())));
    }

    /** Length of the next drawn note: the last drawn or resized length, else the grid division. */
    public long newNoteLength() {
        return newNoteLength > 0 ? newNoteLength : gridDivision.get().ticks(ppq());
    }

    public void rememberNoteLength(long ticks) {
        if (ticks > 0) newNoteLength = ticks;
    }

    public void audition(int pitch) {
        if (pitch >= 0 && pitch <= 127) auditionHandler.accept(pitch);
    }

    public void setAuditionHandler(IntConsumer handler) {
        auditionHandler = handler == null ? pitch -> { } : handler;
    }

    /** A click on the ruler asks to move the playback position; by default the playhead just moves. */
    public void seek(long tick) {
        seekHandler.accept(Math.max(0, tick));
    }

    public void setSeekHandler(LongConsumer handler) {
        seekHandler = handler == null ? tick -> playheadTick.set(tick) : handler;
    }

    // ---- properties -----------------------------------------------------------------------------------------

    public ObjectProperty<Song> songProperty() {
        return song;
    }

    public ObjectProperty<Song> ghostSongProperty() {
        return ghostSong;
    }

    public ObjectProperty<RollDiff> diffProperty() {
        return diff;
    }

    public ObjectProperty<SaliencyLayer> saliencyProperty() {
        return saliency;
    }

    public DoubleProperty playheadTickProperty() {
        return playheadTick;
    }

    public BooleanProperty followPlayheadProperty() {
        return followPlayhead;
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    public ObjectProperty<GridDivision> gridDivisionProperty() {
        return gridDivision;
    }

    public BooleanProperty snapEnabledProperty() {
        return snapEnabled;
    }

    public BooleanProperty colorByTrackProperty() {
        return colorByTrack;
    }

    public ObjectProperty<RollPalette> paletteProperty() {
        return palette;
    }

    /** The time range drawn on the ruler (for loop playback), or null. */
    public ObjectProperty<TickRange> loopRangeProperty() {
        return loopRange;
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The ruler's loop range if one is drawn, else the span of the selected notes, else null. */
    public ReadOnlyObjectProperty<TickRange> selectionRangeProperty() {
        return selectionRange.getReadOnlyProperty();
    }

    /** The rubber band {tick0, tick1, pitch0, pitch1} while one is dragged, else null. */
    public ObjectProperty<double[]> rubberBandProperty() {
        return rubberBand;
    }

    public IntegerProperty hoverPitchProperty() {
        return hoverPitch;
    }

    public IntegerProperty pressedPitchProperty() {
        return pressedPitch;
    }

    /** Whether the velocity lane is shown under the roll. */
    public BooleanProperty velocityLaneVisibleProperty() {
        return velocityLaneVisible;
    }

    /** The undo stack in use: the shown document's. */
    public UndoStack undoStack() {
        return history.get();
    }

    /** The undo stack in use behind properties that follow {@link #showDocument} (for menus). */
    public ActiveUndoStack history() {
        return history;
    }

    public Song getSong() {
        return song.get();
    }

    public Selection getSelection() {
        return selection.get();
    }

    public Viewport getViewport() {
        return viewport.get();
    }
}
