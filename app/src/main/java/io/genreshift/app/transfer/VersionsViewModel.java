package io.genreshift.app.transfer;

import io.genreshift.core.model.Song;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Optional;

/**
 * The versions of the open song: the original at index 0, then every transfer in the order it was made. Transfers
 * never replace the original (Magenta Studio's rule). Tracks which transfer is selected and what the roll shows.
 */
public final class VersionsViewModel {
    private final ObservableList<SongVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<SongVersion> readOnlyVersions = FXCollections.unmodifiableObservableList(versions);
    /** Index of the transfer to show/compare, or -1 when there is none yet. */
    private final IntegerProperty selectedTransfer = new SimpleIntegerProperty(this, "selectedTransfer", -1);
    private final ObjectProperty<ViewMode> viewMode = new SimpleObjectProperty<>(this, "viewMode", ViewMode.ORIGINAL);
    private final ReadOnlyObjectWrapper<SongVersion> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final BooleanBinding hasTransfer = Bindings.size(versions).greaterThan(1);
    private final ReadOnlyObjectWrapper<TransferComparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    /** The selected transfer as {@link #comparison} last compared it, so an unchanged version is not compared again. */
    private SongVersion compared;
    private long nextId = 1;

    public VersionsViewModel() {
        selectedTransfer.addListener((o, a, b) -> updateShown());
        viewMode.addListener((o, a, b) -> {
            if (b != ViewMode.ORIGINAL && !hasTransfer.get()) viewMode.set(ViewMode.ORIGINAL);
            else updateShown();
        });
    }

    /** Starts over with {@code song} as the (saved) original; forgets all transfers. */
    public void reset(Song song) {
        selectedTransfer.set(-1);
        versions.setAll(SongVersion.original(nextId++, song));
        viewMode.set(ViewMode.ORIGINAL);
        updateShown();
    }

    /**
     * Adds a transfer of {@code source} (the original as it was when the transfer started) as a new version, selects
     * it and shows it. Returns the version.
     */
    public SongVersion addTransfer(TransferResult result, TransferRequest request, Song source) {
        SongVersion v = SongVersion.transferred(nextId++, uniqueName(request.versionName()), result, request, source);
        versions.add(v);
        selectedTransfer.set(versions.size() - 1);
        viewMode.set(ViewMode.TRANSFERRED);
        updateShown();
        return v;
    }

    /**
     * The original after an edit. Transfers keep the original they were made from: their diff still shows what the
     * transfer did, and {@link #isFromEarlierOriginal} marks them.
     */
    public void editOriginal(Song edited) {
        if (versions.isEmpty()) throw new IllegalStateException("no song is open");
        if (edited.equals(versions.get(0).song())) return;
        versions.set(0, versions.get(0).withSong(edited));
        updateShown();
    }

    /** The version on screen after an edit in the roll (the original or a transfer). */
    public void editShown(Song edited) {
        if (versions.isEmpty()) throw new IllegalStateException("no song is open");
        int i = shownIndex();
        if (edited.equals(versions.get(i).song())) return;
        versions.set(i, versions.get(i).withSong(edited));
        updateShown();
    }

    /** Flags the original as having unsaved changes (a restored autosave). */
    public void markOriginalUnsaved() {
        SongVersion o = versions.get(0);
        versions.set(0, o.asUnsaved());
        updateShown();
    }

    public void markSaved(SongVersion version) {
        int i = versions.indexOf(version);
        if (i >= 0) versions.set(i, version.asSaved());
        updateShown();
    }

    /**
     * Removes transfer {@code index} (the original cannot be removed). The selection moves to the previous transfer,
     * or back to the original when none is left.
     */
    public void remove(int index) {
        if (index <= 0 || index >= versions.size()) throw new IllegalArgumentException("only a transfer can be removed, not version " + index);
        versions.remove(index);
        int next = Math.min(index, versions.size() - 1);
        if (next <= 0) {
            selectedTransfer.set(-1);
            viewMode.set(ViewMode.ORIGINAL);
        } else {
            selectedTransfer.set(-1); // force a change event even when the index stays the same
            selectedTransfer.set(next);
        }
        updateShown();
    }

    /** Selects version {@code index}: 0 shows the original, a transfer index selects and shows that transfer. */
    public void select(int index) {
        if (index < 0 || index >= versions.size()) throw new IndexOutOfBoundsException("version " + index + " of " + versions.size());
        if (index == 0) {
            viewMode.set(ViewMode.ORIGINAL);
        } else {
            selectedTransfer.set(index);
            if (viewMode.get() == ViewMode.ORIGINAL) viewMode.set(ViewMode.TRANSFERRED);
        }
        updateShown();
    }

    /** Steps through the versions (original, transfer 1, transfer 2, ...), wrapping around. */
    public void step(int delta) {
        if (versions.isEmpty()) return;
        int current = shownIndex();
        select(Math.floorMod(current + delta, versions.size()));
    }

    /**
     * True for a transfer made from an earlier state of the original: the user edited the original after it. Such a
     * transfer stays compared with the original it came from; transferring again includes the edits.
     */
    public boolean isFromEarlierOriginal(SongVersion v) {
        return !versions.isEmpty() && v.isFromEarlierOriginal(original().song());
    }

    public int shownIndex() {
        return viewMode.get() == ViewMode.ORIGINAL || selectedTransfer.get() < 0 ? 0 : selectedTransfer.get();
    }

    public SongVersion original() {
        return versions.get(0);
    }

    /** The transfer that the transferred/diff views and A/B use, if any. */
    public Optional<SongVersion> selectedTransfer() {
        int i = selectedTransfer.get();
        return i > 0 && i < versions.size() ? Optional.of(versions.get(i)) : Optional.empty();
    }

    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** True when some version has edits or was never exported. */
    public boolean hasUnsaved() {
        return versions.stream().anyMatch(v -> !v.saved());
    }

    public ObservableList<SongVersion> versions() {
        return readOnlyVersions;
    }

    public IntegerProperty selectedTransferIndexProperty() {
        return selectedTransfer;
    }

    public ObjectProperty<ViewMode> viewModeProperty() {
        return viewMode;
    }

    /** The version on screen: the original in ORIGINAL view, else the selected transfer. */
    public ReadOnlyObjectProperty<SongVersion> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /**
     * The selected transfer, edits included, compared with the original it was made from (the diff view and its
     * numbers); null when there is no transfer. Follows every edit of the transfer.
     */
    public ReadOnlyObjectProperty<TransferComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public BooleanBinding hasTransferBinding() {
        return hasTransfer;
    }

    private String uniqueName(String base) {
        String name = base;
        for (int n = 2; nameTaken(name); n++) name = base + " #" + n;
        return name;
    }

    private boolean nameTaken(String name) {
        return versions.stream().anyMatch(v -> v.name().equals(name));
    }

    private void updateShown() {
        // Shown first: whoever reacts to the comparison (the roll's diff) then already sees the version it belongs to.
        shown.set(versions.isEmpty() ? null : versions.get(shownIndex()));
        updateComparison();
    }

    private void updateComparison() {
        SongVersion t = selectedTransfer().orElse(null);
        if (t == null) {
            compared = null;
            comparison.set(null);
        } else if (compared == null || compared.id() != t.id() || compared.song() != t.song()) {
            compared = t;
            comparison.set(TransferComparison.of(t));
        }
    }
}
