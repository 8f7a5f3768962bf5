package io.genreshift.app.shell;

import io.genreshift.app.edit.UndoHistories;
import io.genreshift.app.listen.LoopSpan;
import io.genreshift.app.listen.TransportViewModel;
import io.genreshift.app.roll.PianoRollView;
import io.genreshift.app.roll.SaliencyLayer;
import io.genreshift.app.roll.TickRange;
import io.genreshift.app.roll.layer.KeyboardLayer;
import io.genreshift.app.transfer.GenreStrip;
import io.genreshift.app.transfer.SaliencyScores;
import io.genreshift.app.transfer.SaliencyViewModel;
import io.genreshift.app.transfer.SongVersion;
import io.genreshift.app.transfer.VersionsViewModel;
import io.genreshift.app.transfer.ViewMode;
import io.genreshift.core.model.Song;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;

/**
 * Glue between the view models and the piano roll: shows the version and view mode chosen (original, transfer with
 * ghost notes of the original it was made from, or the read-only diff, which follows edits), feeds the saliency overlay
 * and playhead, and turns the roll's edits into new states of the version on screen. Each version keeps its own undo
 * history, handed to the roll when the version is shown. The genre strip follows the roll's time axis.
 */
public final class RollBinding {
    private final PianoRollView roll;
    private final VersionsViewModel versions;
    private final BooleanProperty ghostNotes = new SimpleBooleanProperty(this, "ghostNotes", true);
    private final UndoHistories histories;
    /** Id of the version the roll shows, or -1. */
    private long presentedVersion = -1;
    /** True while this class sets the roll's song, so the roll's change event is not taken for a user edit. */
    private boolean presenting;

    public RollBinding(PianoRollView roll, VersionsViewModel versions, SaliencyViewModel saliency,
                       TransportViewModel transport, GenreStrip strip) {
        this.roll = roll;
        this.versions = versions;
        this.histories = new UndoHistories(roll.viewModel()::newHistory);
        versions.versions().addListener((ListChangeListener<SongVersion>) c ->
                histories.retainOnly(versions.versions().stream().map(SongVersion::id).toList()));
        versions.shownProperty().addListener((o, a, b) -> present());
        versions.comparisonProperty().addListener((o, a, b) -> present());
        versions.viewModeProperty().addListener((o, a, b) -> present());
        ghostNotes.addListener((o, a, b) -> present());
        roll.songProperty().addListener((o, a, b) -> {
            if (!presenting && b != null) userEdited(b);
        });

        Runnable overlay = () -> roll.saliencyProperty().set(layerOf(saliency));
        saliency.scoresProperty().addListener((o, a, b) -> overlay.run());
        saliency.opacityProperty().addListener((o, a, b) -> overlay.run());
        saliency.thresholdProperty().addListener((o, a, b) -> overlay.run());

        transport.positionTickProperty().addListener((o, a, b) -> roll.playheadTickProperty().set(b.doubleValue()));
        roll.setSeekHandler(transport::seekTick);
        roll.selectionRangeProperty().addListener((o, a, b) -> transport.loopProperty().set(spanOf(b)));

        roll.viewModel().viewportProperty().addListener((o, a, v) -> alignStrip(strip));
        roll.songProperty().addListener((o, a, b) -> alignStrip(strip));
        alignStrip(strip);
    }

    private void alignStrip(GenreStrip strip) {
        var v = roll.viewModel().getViewport();
        // The strip sits right under the roll with the same left edge, so the roll's x is the strip's x.
        strip.setPhraseTiles(roll.viewModel().phraseTiles());
        strip.setTimeAxis(tick -> KeyboardLayer.WIDTH + v.x(tick), roll.viewModel().ppq(), KeyboardLayer.WIDTH);
    }

    /** Shows the ghost notes of the original under a transfer. */
    public BooleanProperty ghostNotesProperty() {
        return ghostNotes;
    }

    private void present() {
        SongVersion shown = versions.shownProperty().get();
        presenting = true;
        try {
            if (shown == null) {
                presentedVersion = -1;
                roll.diffProperty().set(null);
                roll.ghostSongProperty().set(null);
                roll.songProperty().set(null);
                return;
            }
            ViewMode mode = versions.viewModeProperty().get();
            boolean diff = mode == ViewMode.DIFF && !shown.isOriginal();
            if (shown.id() != presentedVersion || roll.songProperty().get() != shown.song()) {
                roll.viewModel().showDocument(shown.song(), histories.of(shown.id()));
                presentedVersion = shown.id();
            }
            // Ghost notes and diff show the original the transfer was made from, as the diff's numbers count it.
            roll.ghostSongProperty().set(!shown.isOriginal() && ghostNotes.get() && !diff ? shown.source() : null);
            roll.diffProperty().set(diff && versions.comparisonProperty().get() != null ? versions.comparisonProperty().get().diff() : null);
        } finally {
            presenting = false;
        }
    }

    private void userEdited(Song edited) {
        SongVersion shown = versions.shownProperty().get();
        if (shown == null) return;
        presenting = true;
        try {
            versions.editShown(edited);
        } finally {
            presenting = false;
        }
    }

    private static SaliencyLayer layerOf(SaliencyViewModel vm) {
        SaliencyScores s = vm.scoresProperty().get();
        if (s == null) return null;
        return new SaliencyLayer(s.steps(), s.scores(), clamp(vm.opacityProperty().get()), s.thresholdFor(vm.thresholdProperty().get()));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static LoopSpan spanOf(TickRange r) {
        return r == null || r.isEmpty() ? null : new LoopSpan(r.start(), r.end());
    }

    /** The undo labels of version {@code versionId}, oldest first (what the autosave records). */
    public java.util.List<String> undoLabels(long versionId) {
        return histories.of(versionId).undoableNames();
    }
}
