package io.genreshift.app.transfer;

import io.genreshift.app.shell.BackgroundTask;
import io.genreshift.app.shell.Debouncer;
import io.genreshift.app.shell.TaskExecutor;
import io.genreshift.app.shell.UserError;
import io.genreshift.core.model.Song;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The genre strip's state: the selected transfer's per-phrase genre probabilities before (the original it was made
 * from, judged when the transfer ran) and after (the transfer as it is now).
 *
 * <p>After an edit the "after" lane is judged again by the pair classifier on the ML worker, once the edits have paused
 * ({@link Debouncer}: a drag edits many times a second). A newer edit cancels a run that has not finished, and a run
 * that finishes for an older state of the song only fills in until the newest one is judged. Until then the strip
 * keeps its last lanes and {@link #updatingProperty()} is true. Use on the FX thread.
 */
public final class GenreStripViewModel {
    private final TransferEngine engine;
    private final VersionsViewModel versions;
    private final TaskExecutor mlExecutor;
    private final Debouncer debouncer;
    /** The newest judged "after" lane of each transfer, by version id. */
    private final Map<Long, JudgedLane> judged = new HashMap<>();
    private final ReadOnlyObjectWrapper<GenreStripModel> model = new ReadOnlyObjectWrapper<>(this, "model", GenreStripModel.EMPTY);
    private final ReadOnlyBooleanWrapper updating = new ReadOnlyBooleanWrapper(this, "updating", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private BackgroundTask<List<PhraseGenreScores>> running;
    /** The song {@link #running} judges. */
    private Song runningFor;

    /** The classifier's verdict on one state of a transfer. */
    private record JudgedLane(Song song, List<PhraseGenreScores> after) {
    }

    public GenreStripViewModel(TransferEngine engine, VersionsViewModel versions, TaskExecutor mlExecutor, Debouncer debouncer) {
        this.engine = Objects.requireNonNull(engine);
        this.versions = Objects.requireNonNull(versions);
        this.mlExecutor = Objects.requireNonNull(mlExecutor);
        this.debouncer = Objects.requireNonNull(debouncer);
        // A change listener, not an invalidation listener: the latter would stay silent while nobody reads the value.
        versions.shownProperty().addListener((o, a, b) -> refresh());
        versions.versions().addListener((Observable o) -> {
            judged.keySet().retainAll(versions.versions().stream().map(SongVersion::id).toList());
            refresh();
        });
        refresh();
    }

    private void refresh() {
        SongVersion t = versions.selectedTransfer().orElse(null);
        if (t == null) {
            debouncer.cancel();
            model.set(GenreStripModel.EMPTY);
            updating.set(false);
            return;
        }
        JudgedLane lane = judged.computeIfAbsent(t.id(), id -> new JudgedLane(t.result().song(), t.result().after()));
        model.set(new GenreStripModel(t.result().before(), lane.after(), t.request().from(), t.request().to(),
                versions.isFromEarlierOriginal(t)));
        if (lane.song() == t.song()) {
            debouncer.cancel();
            updating.set(false);
        } else {
            updating.set(true);
            debouncer.request(this::judgeSelected);
        }
    }

    /** Starts the classifier on the selected transfer as it is now, cancelling a run for an older state. */
    private void judgeSelected() {
        SongVersion t = versions.selectedTransfer().orElse(null);
        if (t == null) return;
        JudgedLane lane = judged.get(t.id());
        if (lane != null && lane.song() == t.song()) return;
        if (running != null && runningFor == t.song()) return;
        if (running != null) running.cancel();
        long id = t.id();
        Song song = t.song();
        String from = t.request().from();
        String to = t.request().to();
        problem.set("");
        BackgroundTask<List<PhraseGenreScores>> task = BackgroundTask.wrap((p, cancel) -> {
            cancel.check(); // superseded while it waited for the ML worker
            return engine.phraseScores(song, from, to, cancel);
        });
        running = task;
        runningFor = song;
        task.withTitle("Updating the genre strip")
                .onSuccess(after -> {
                    if (judged.containsKey(id)) judged.put(id, new JudgedLane(song, after));
                    refresh();
                })
                .onFailure(e -> {
                    // No retry loop: the next edit tries again.
                    problem.set("The genre strip could not be updated: " + UserError.reasonOf(e));
                    updating.set(false);
                })
                .onFinished(() -> {
                    if (running == task) {
                        running = null;
                        runningFor = null;
                    }
                })
                .executeWith(mlExecutor);
    }

    public ReadOnlyObjectProperty<GenreStripModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** True while the "after" lane shows an older state of the transfer and a new verdict is due. */
    public ReadOnlyBooleanProperty updatingProperty() {
        return updating.getReadOnlyProperty();
    }

    /** Why the last update failed, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
