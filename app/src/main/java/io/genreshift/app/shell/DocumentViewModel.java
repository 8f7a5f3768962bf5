package io.genreshift.app.shell;

import io.genreshift.app.prefs.AppPreferences;
import io.genreshift.app.prefs.AutosaveStore;
import io.genreshift.app.prefs.PreferencesModel;
import io.genreshift.app.prefs.RecentFiles;
import io.genreshift.app.transfer.SongVersion;
import io.genreshift.app.transfer.VersionsViewModel;
import io.genreshift.core.model.MeterMap;
import io.genreshift.core.model.MeterSpan;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TimeSignature;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The open song as a document: which file it came from, whether it has unsaved edits or transfers, the 4/4 warning,
 * opening (menu, recent list, drag-and-drop, demo), autosave and the close prompt. A bad file shows a dialog naming
 * the file, the reason and what to try; it never throws out of here.
 */
public final class DocumentViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentViewModel.class);

    private final SongFiles files;
    private final DialogService dialogs;
    private final VersionsViewModel versions;
    private final PreferencesModel prefs;
    private final AutosaveStore autosave;
    private final TaskExecutor ioExecutor;
    private final List<Consumer<Song>> openListeners = new ArrayList<>();
    /** Exports one version when the user answers "Save…" (the export view model asks where). */
    private Consumer<SongVersion> saveVersion = v -> { };
    private LongFunction<List<String>> undoLabels = id -> List.of();
    /** True while autosaves fail, so the user is told once per run of failures. */
    private boolean autosaveFailing;

    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved", false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "GenreShift");
    private final ReadOnlyStringWrapper meterWarning = new ReadOnlyStringWrapper(this, "meterWarning", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);

    public DocumentViewModel(SongFiles files, DialogService dialogs, VersionsViewModel versions, PreferencesModel prefs,
                             AutosaveStore autosave, TaskExecutor ioExecutor) {
        this.files = Objects.requireNonNull(files);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.versions = Objects.requireNonNull(versions);
        this.prefs = Objects.requireNonNull(prefs);
        this.autosave = Objects.requireNonNull(autosave);
        this.ioExecutor = Objects.requireNonNull(ioExecutor);
        versions.versions().addListener((ListChangeListener<SongVersion>) c -> refresh());
    }

    /** Called with each newly opened song (the transfer panel detects its genre). */
    public void onOpened(Consumer<Song> listener) {
        openListeners.add(listener);
    }

    /** What "Save…" in the unsaved-changes prompt does with each unsaved version. */
    public void onSave(Consumer<SongVersion> saver) {
        this.saveVersion = saver;
    }

    /** File ▸ Open: asks for a file (after the unsaved-changes prompt) and opens it. */
    public void openWithDialog() {
        if (!confirmDiscard()) return;
        dialogs.chooseFileToOpen("Open MIDI file", prefs.get().lastFolder(), DialogService.FileKind.MIDI)
                .ifPresent(this::openUnchecked);
    }

    /** Opens {@code path} after the unsaved-changes prompt (recent files, drag-and-drop). */
    public void open(Path path) {
        if (!confirmDiscard()) return;
        openUnchecked(path);
    }

    /** Drag-and-drop: opens the first MIDI file, rejects the drop with a message when there is none. */
    public void openDropped(List<Path> dropped) {
        Optional<Path> midi = dropped.stream().filter(SongFiles::isMidiName).findFirst();
        if (midi.isEmpty()) {
            String names = dropped.stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "));
            dialogs.showError(new UserError("Not a MIDI file", dropped.isEmpty() ? null : dropped.get(0),
                    "GenreShift opens MIDI files (.mid, .midi); you dropped " + (names.isEmpty() ? "nothing usable" : names) + ".",
                    "Export the piece as a Standard MIDI File from your editor or DAW, then drop that file."));
            return;
        }
        open(midi.get());
    }

    /** Opens a song without asking about unsaved changes (start-up, restore). */
    public void openUnchecked(Path path) {
        loading.set(true);
        BackgroundTask.wrap((p, c) -> files.read(path))
                .withTitle("Opening " + path.getFileName())
                .onSuccess(song -> {
                    show(song, path);
                    prefs.update(pr -> pr.withRecent(pr.recent().withOpened(path)).withLastFolder(parentOf(path)));
                })
                .onFailure(e -> {
                    LOG.info("Could not open {}: {}", path, e.toString());
                    dialogs.showError(errorFor(path, e));
                    // A file that no longer opens leaves the recent list.
                    prefs.update(pr -> pr.withRecent(pr.recent().pruned(p -> !p.equals(path.toAbsolutePath().normalize()))));
                })
                .onFinished(() -> loading.set(false))
                .executeWith(ioExecutor);
    }

    /** Shows {@code song} as a fresh document (from a file, or null for a restored autosave). */
    public void show(Song song, Path source) {
        file.set(source);
        versions.reset(song);
        meterWarning.set(meterWarningFor(song));
        refresh();
        openListeners.forEach(l -> l.accept(song));
    }

    /**
     * Restores the autosave of a run that was killed, after asking; returns whether it did. The question lists each
     * saved version with the edits it had (its undo labels).
     */
    public boolean offerRestore() {
        Optional<AutosaveStore.Entry> pending = autosave.pending();
        if (pending.isEmpty()) return false;
        AutosaveStore.Entry e = pending.get();
        String what = e.title().isBlank() ? "an untitled song" : "“" + e.title() + "”";
        boolean restore = dialogs.confirm("Restore unsaved work?",
                "GenreShift did not close normally. It autosaved " + what + " at " + e.savedAt() + ":\n"
                        + e.versions().stream().map(DocumentViewModel::describe).collect(Collectors.joining("\n")),
                "Restore", "Discard");
        if (!restore) {
            autosave.clear();
            return false;
        }
        try {
            new VersionsAutosave(files).restore(e.versions(), versions);
            Song original = versions.original().song();
            file.set(e.sourceFile());
            meterWarning.set(meterWarningFor(original));
            refresh();
            openListeners.forEach(l -> l.accept(original));
            return true;
        } catch (SongFileException ex) {
            dialogs.showError(errorFor(ex.file() != null ? ex.file() : e.midiFile(), ex));
            autosave.clear();
            return false;
        }
    }

    /** "• Transferred → jazz (SN): Move notes, Delete note" — or "no edits" for a version without undo steps. */
    private static String describe(AutosaveStore.SavedVersion v) {
        return "• " + v.name() + ": " + (v.undoLabels().isEmpty() ? "no edits" : String.join(", ", v.undoLabels()));
    }

    /** Where the undo labels of each version come from (the roll's per-version histories); set by the window. */
    public void undoLabelsFrom(LongFunction<List<String>> labels) {
        this.undoLabels = Objects.requireNonNull(labels);
    }

    /**
     * Writes every version to the autosave slot when one of them is unsaved; called by a timer. A failure (full disk,
     * read-only folder) is said once, not every time the timer fires, and the previous autosave stays as it was.
     */
    public void autosaveNow() {
        if (versions.isEmpty() || !versions.hasUnsaved()) return;
        Song song = versions.original().song();
        try {
            autosave.save(new VersionsAutosave(files).copies(List.copyOf(versions.versions()), undoLabels), file.get(), song.title());
            autosaveFailing = false;
        } catch (Exception e) {
            LOG.warn("Autosave failed: {}", e.toString());
            if (!autosaveFailing) {
                dialogs.notify("Autosave to " + autosave.folder() + " failed: " + UserError.rootReasonOf(e).strip()
                        + ". Your edits are still open but not protected against a crash: free some disk space or make the "
                        + "folder writable, or export now.");
            }
            autosaveFailing = true;
        }
    }

    /**
     * The close prompt: true when the window may close (and the autosave is cleared). With unsaved versions it asks
     * Save / Don't save / Cancel; Save exports each unsaved version (a cancelled file chooser cancels the close).
     */
    public boolean confirmClose() {
        if (!confirmDiscard()) return false;
        autosave.clear();
        return true;
    }

    /**
     * Asks before the document with unsaved changes goes away (close, or another file opened); true to go on.
     * "Save…" exports each unsaved version; a cancelled file chooser keeps the document.
     */
    private boolean confirmDiscard() {
        if (versions.isEmpty() || !versions.hasUnsaved()) return true;
        SaveChoice choice = dialogs.askSaveChanges(displayName());
        if (choice == SaveChoice.CANCEL) return false;
        if (choice == SaveChoice.SAVE) {
            for (SongVersion v : List.copyOf(versions.versions())) {
                if (!v.saved()) saveVersion.accept(v);
            }
            return !versions.hasUnsaved();
        }
        return true;
    }

    public String displayName() {
        if (file.get() != null) return String.valueOf(file.get().getFileName());
        if (!versions.isEmpty() && !versions.original().song().title().isBlank()) return versions.original().song().title();
        return "Untitled";
    }

    /**
     * The note shown over the roll when part of the song is in a meter the models do not know (not 4/4, 2/4 or 2/2);
     * empty when there is none. Repeated identical time signatures are one meter.
     */
    public static String meterWarningFor(Song song) {
        if (song.meters().isEmpty()) return "";
        MeterMap map = MeterMap.of(song);
        List<MeterSpan> other = map.spans().stream().filter(s -> !s.meter().isDuple()).toList();
        if (other.isEmpty()) return "";
        if (other.size() == map.spans().size()) {
            String meters = other.stream().map(MeterSpan::meterName).distinct().collect(Collectors.joining(", "));
            return "This song is in " + meters + ". The models know 4/4, 2/4 and 2/2 in 4-bar phrases, so a transfer has"
                    + " nothing to change here.";
        }
        String where = other.stream().map(s -> barsOf(s, map.ppq()) + " (" + s.meterName() + ")").collect(Collectors.joining(", "));
        return "Bars " + where + " are in meters the models do not know (they know 4/4, 2/4 and 2/2): a transfer leaves"
                + " them as they are; they are tinted in the roll.";
    }

    private static String barsOf(MeterSpan span, int ppq) {
        int last = span.firstBar() + Math.max(1, span.bars(ppq)) - 1;
        return last == span.firstBar() ? String.valueOf(last) : span.firstBar() + "–" + last;
    }

    static UserError errorFor(Path path, Throwable e) {
        String reason = e instanceof SongFileException sfe ? sfe.reason() : UserError.reasonOf(e);
        String advice = e instanceof SongFileException sfe && sfe.advice() != null ? sfe.advice()
                : "Check that it is a Standard MIDI File (type 0 or 1); open it in another MIDI editor and export it again.";
        return new UserError("Could not open " + path.getFileName(), path, reason, advice);
    }

    private static Path parentOf(Path p) {
        Path parent = p.toAbsolutePath().getParent();
        return parent == null ? null : parent;
    }

    private void refresh() {
        unsaved.set(!versions.isEmpty() && versions.hasUnsaved());
        title.set(versions.isEmpty() ? "GenreShift" : "GenreShift — " + displayName() + (unsaved.get() ? " •" : ""));
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meterWarningProperty() {
        return meterWarning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Recent files as the menu shows them (pruned of missing files at start-up). */
    public List<Path> recentFiles() {
        AppPreferences p = prefs.get();
        return p.recent().paths();
    }

    public void clearRecentFiles() {
        prefs.update(p -> p.withRecent(RecentFiles.EMPTY));
    }
}
