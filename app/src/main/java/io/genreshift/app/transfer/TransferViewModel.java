package io.genreshift.app.transfer;

import io.genreshift.app.shell.BackgroundTask;
import io.genreshift.app.shell.DialogService;
import io.genreshift.app.shell.TaskExecutor;
import io.genreshift.app.shell.UserError;
import io.genreshift.core.model.Song;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The transfer panel's state and commands: source genre (detected by the 3-genre classifier, or the user's
 * override), target genre, model variant, threshold and keep-melody; runs detection and transfer as background
 * tasks on the single ML worker and adds each result to {@link VersionsViewModel} as a new version.
 */
public final class TransferViewModel {
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final TransferEngine engine;
    private final VersionsViewModel versions;
    private final DialogService dialogs;
    private final TaskExecutor mlExecutor;

    private final ReadOnlyObjectWrapper<GenreGuess> detected = new ReadOnlyObjectWrapper<>(this, "detected");
    /** The user's choice of source genre, or null to use the detected one. */
    private final ObjectProperty<String> sourceOverride = new SimpleObjectProperty<>(this, "sourceOverride");
    private final ObjectBinding<String> source;
    private final ObjectProperty<String> target = new SimpleObjectProperty<>(this, "target", "jazz");
    private final ObjectProperty<ModelVariant> variant = new SimpleObjectProperty<>(this, "variant", ModelVariant.SN);
    private final ObservableSet<ModelVariant> availableVariants = FXCollections.observableSet(EnumSet.noneOf(ModelVariant.class));
    /** One wrapper, kept: a fresh unmodifiable wrapper per call would be garbage-collected with its listeners. */
    private final ObservableSet<ModelVariant> availableVariantsView = FXCollections.unmodifiableObservableSet(availableVariants);
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", DEFAULT_THRESHOLD);
    private final BooleanProperty keepMelody = new SimpleBooleanProperty(this, "keepMelody", false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper detection = new ReadOnlyStringWrapper(this, "detection", "Open a song to detect its genre.");
    private final StringBinding variantHint;
    private final BooleanBinding canTransfer;
    private BackgroundTask<?> current;

    public TransferViewModel(TransferEngine engine, VersionsViewModel versions, DialogService dialogs, TaskExecutor mlExecutor) {
        this.engine = Objects.requireNonNull(engine);
        this.versions = Objects.requireNonNull(versions);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.mlExecutor = Objects.requireNonNull(mlExecutor);
        source = Bindings.createObjectBinding(
                () -> sourceOverride.get() != null ? sourceOverride.get() : detected.get() == null ? null : detected.get().genre(),
                sourceOverride, detected);
        source.addListener((o, a, b) -> {
            if (b != null && b.equals(target.get())) target.set(firstOtherGenre(b));
            refreshVariants();
        });
        target.addListener((o, a, b) -> refreshVariants());
        canTransfer = Bindings.createBooleanBinding(
                () -> !running.get() && source.get() != null && target.get() != null && !source.get().equals(target.get())
                        && availableVariants.contains(variant.get()) && !versions.isEmpty(),
                running, source, target, variant, availableVariants);
        variantHint = Bindings.createStringBinding(() -> {
            if (source.get() == null || target.get() == null || source.get().equals(target.get())) return ModelVariant.TRADE_OFF_HINT;
            return availableVariants.isEmpty()
                    ? "No " + source.get() + " → " + target.get() + " models (both directions) in assets/models/: train them with ./genreshift train."
                    : ModelVariant.TRADE_OFF_HINT;
        }, source, target, availableVariants);
        refreshVariants();
    }

    /** Tells the user, in one dialog, about model files that were skipped at start; nothing when all were usable. */
    public void reportModelProblems() {
        List<String> problems = engine.modelProblems();
        if (problems.isEmpty()) return;
        String count = problems.size() == 1 ? "One model file" : problems.size() + " model files";
        dialogs.showError(new UserError(count + " could not be used", null, String.join("\n\n", problems),
                "Transfer still works with the other models. Restore the named files from where the models came from "
                        + "(e.g. the bundled assets/models), or re-train them with ./genreshift train."));
    }

    /** Runs the 3-genre classifier on {@code song}; the source genre follows unless the user overrode it. */
    public void detect(Song song) {
        detected.set(null);
        detection.set("Detecting the source genre…");
        status.set("Detecting genre…");
        start(BackgroundTask.wrap((p, c) -> engine.detectGenre(song))
                .withTitle("Detecting genre")
                .onSuccess(guess -> {
                    detected.set(guess);
                    detection.set("Classifier: " + Genres.display(guess.genre()) + ", " + Math.round(100 * guess.confidence())
                            + "% confident");
                    status.set("Detected " + guess.describe());
                })
                .onFailure(e -> {
                    String why = UserError.reasonOf(e).strip();
                    detection.set("Could not detect the genre: " + why + (why.endsWith(".") ? "" : ".") + " Pick the source genre above.");
                    status.set("Genre detection failed: pick the source genre yourself");
                }));
    }

    /** Transfers the original (with its edits) with the current settings; the result becomes a new version. */
    public void transfer() {
        if (!canTransfer.get()) return;
        TransferRequest request = request();
        Song song = versions.original().song();
        status.set("Transferring to " + request.to() + "…");
        start(BackgroundTask.wrap((p, c) -> engine.transfer(song, request, p, c))
                .withTitle(request.versionName())
                .onSuccess(result -> {
                    SongVersion v = versions.addTransfer(result, request, song);
                    status.set(v.warning().map(w -> "Made “" + v.name() + "”. " + w)
                            .orElse("Made “" + v.name() + "”: " + result.change().added() + " cells added, "
                                    + result.change().removed() + " removed"));
                })
                .onCancelled(() -> status.set("Transfer cancelled; the original is unchanged"))
                .onFailure(e -> {
                    status.set("Transfer failed");
                    dialogs.showError(UserError.of("The transfer did not finish", null, e,
                            "Try another variant or a lower threshold; check that assets/models holds the "
                                    + request.from() + "→" + request.to() + " model."));
                }));
    }

    public void cancel() {
        if (current != null) current.cancel();
    }

    /** The request the panel describes now. */
    public TransferRequest request() {
        return new TransferRequest(source.get(), target.get(), variant.get(), threshold.get(), keepMelody.get());
    }

    private void start(BackgroundTask<?> task) {
        current = task;
        progress.set(0);
        task.onRunning(() -> running.set(true));
        task.progressProperty().addListener((o, a, b) -> progress.set(b.doubleValue()));
        task.onFinished(() -> {
            running.set(false);
            if (current == task) current = null;
        });
        task.executeWith(mlExecutor);
    }

    private void refreshVariants() {
        String from = source.get();
        String to = target.get();
        Set<ModelVariant> now = from == null || to == null || from.equals(to) ? Set.of() : engine.availableVariants(from, to);
        availableVariants.retainAll(now);
        availableVariants.addAll(now);
        if (!now.contains(variant.get()) && !now.isEmpty()) {
            variant.set(now.contains(ModelVariant.SN) ? ModelVariant.SN : now.iterator().next());
        }
    }

    private static String firstOtherGenre(String genre) {
        return Genres.ALL.stream().filter(g -> !g.equals(genre)).findFirst().orElseThrow();
    }

    public ReadOnlyObjectProperty<GenreGuess> detectedProperty() {
        return detected.getReadOnlyProperty();
    }

    public ObjectProperty<String> sourceOverrideProperty() {
        return sourceOverride;
    }

    /** The source genre in force: the override, else the detected genre, else null. */
    public ObjectBinding<String> sourceBinding() {
        return source;
    }

    public ObjectProperty<String> targetProperty() {
        return target;
    }

    public ObjectProperty<ModelVariant> variantProperty() {
        return variant;
    }

    public ObservableSet<ModelVariant> availableVariants() {
        return availableVariantsView;
    }

    public DoubleProperty thresholdProperty() {
        return threshold;
    }

    public BooleanProperty keepMelodyProperty() {
        return keepMelody;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the panel says under the source genre: detecting, the classifier's verdict, or why there is none. */
    public ReadOnlyStringProperty detectionProperty() {
        return detection.getReadOnlyProperty();
    }

    /** The line under the variant picker: the SN/SA trade-off, or which models are missing. */
    public StringBinding variantHintBinding() {
        return variantHint;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canTransferBinding() {
        return canTransfer;
    }
}
