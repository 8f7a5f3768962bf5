package io.genreshift.app.transfer;

import io.genreshift.app.shell.BackgroundTask;
import io.genreshift.app.shell.Debouncer;
import io.genreshift.app.shell.TaskExecutor;
import io.genreshift.app.shell.UserError;
import io.genreshift.core.model.Song;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The saliency overlay: on/off, opacity and threshold (a fraction of the map's maximum, 1/4 by default as in the
 * paper), computed for the version on screen (the original explains its source genre, a transfer its target genre).
 * Maps are computed once per song on the ML worker and cached. Turning the overlay on or switching versions computes
 * at once; while the user edits the version on screen, only once the edits pause ({@link Debouncer}), and a newer
 * edit cancels a run that has not finished.
 */
public final class SaliencyViewModel {
    public static final double DEFAULT_THRESHOLD = 0.25;
    public static final double DEFAULT_OPACITY = 0.6;

    private final TransferEngine engine;
    private final VersionsViewModel versions;
    private final Supplier<String> sourceGenre;
    private final TaskExecutor mlExecutor;
    private final Debouncer debouncer;
    /** Maps of the songs that are versions now (older states of edited versions are dropped: a map can be megabytes). */
    private final Map<Song, SaliencyScores> cache = new IdentityHashMap<>();
    private BackgroundTask<SaliencyScores> running;
    /** The version and song the overlay last asked for, to tell an edit (debounced) from a switch (at once). */
    private long askedVersion = -1;
    private Song askedSong;

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", false);
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", DEFAULT_OPACITY);
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", DEFAULT_THRESHOLD);
    private final ReadOnlyObjectWrapper<SaliencyScores> scores = new ReadOnlyObjectWrapper<>(this, "scores");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** @param sourceGenre the source genre in force (for saliency on the original), may return null */
    public SaliencyViewModel(TransferEngine engine, VersionsViewModel versions, Supplier<String> sourceGenre,
                             TaskExecutor mlExecutor, Debouncer debouncer) {
        this.engine = Objects.requireNonNull(engine);
        this.versions = Objects.requireNonNull(versions);
        this.sourceGenre = Objects.requireNonNull(sourceGenre);
        this.mlExecutor = Objects.requireNonNull(mlExecutor);
        this.debouncer = Objects.requireNonNull(debouncer);
        enabled.addListener((o, a, b) -> refresh());
        versions.shownProperty().addListener((o, a, b) -> refresh());
    }

    /** Recomputes for the version on screen when the overlay is on; clears it when off. */
    public void refresh() {
        SongVersion v = versions.shownProperty().get();
        if (!enabled.get() || v == null) {
            debouncer.cancel();
            scores.set(null);
            status.set(enabled.get() ? "" : "Overlay off");
            return;
        }
        String genre = v.isOriginal() ? sourceGenre.get() : v.request().to();
        if (genre == null) {
            debouncer.cancel();
            scores.set(null);
            status.set("Waiting for the source genre…");
            return;
        }
        Song song = v.song();
        SaliencyScores cached = cache.get(song);
        if (cached != null && cached.genre().equals(genre)) {
            debouncer.cancel();
            scores.set(cached);
            status.set(describe(cached, v));
            return;
        }
        scores.set(null);
        computing.set(true);
        status.set("Computing saliency for " + genre + "…");
        boolean edited = v.id() == askedVersion && song != askedSong;
        askedVersion = v.id();
        askedSong = song;
        if (edited) {
            debouncer.request(() -> compute(song, genre));
        } else {
            debouncer.cancel();
            compute(song, genre);
        }
    }

    private void compute(Song song, String genre) {
        if (running != null) running.cancel();
        BackgroundTask<SaliencyScores> task = BackgroundTask.wrap((p, c) -> {
            c.check(); // superseded while it waited for the ML worker
            return SaliencyScores.of(engine.saliency(song, genre, p, c), genre);
        });
        running = task;
        task.withTitle("Saliency")
                .onSuccess(s -> {
                    cache.keySet().removeIf(old -> versions.versions().stream().noneMatch(v -> v.song() == old));
                    cache.put(song, s);
                    SongVersion now = versions.shownProperty().get();
                    if (enabled.get() && now != null && now.song() == song) {
                        scores.set(s);
                        status.set(describe(s, now));
                    }
                })
                .onFailure(e -> status.set("Saliency failed: " + UserError.reasonOf(e)))
                .onFinished(() -> {
                    if (running == task) {
                        running = null;
                        computing.set(false);
                    }
                })
                .executeWith(mlExecutor);
    }

    private static String describe(SaliencyScores s, SongVersion v) {
        return "Why the classifier hears " + Genres.display(s.genre()) + " in “" + v.name() + "”";
    }

    public BooleanProperty enabledProperty() {
        return enabled;
    }

    public DoubleProperty opacityProperty() {
        return opacity;
    }

    /** Threshold as a fraction of the map's maximum score, 0..1. */
    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public ReadOnlyObjectProperty<SaliencyScores> scoresProperty() {
        return scores.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
