package io.genreshift.app.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A long job (transfer, render, export) with progress, cancel and callbacks, read fluently as in JabRef:
 * {@code BackgroundTask.wrap(work).onSuccess(vm::show).onFailure(dialogs::error).executeWith(executor)}.
 *
 * <p>It wraps its work instead of extending {@code javafx.concurrent.Task} because Task always posts to the FX thread,
 * which would make view models untestable without a toolkit. Here the executor decides: callbacks and property updates
 * go to the executor's UI-thread {@link Executor} ({@code Platform::runLater} in the app, direct in tests).
 */
public final class BackgroundTask<T> {

    /** The job itself; it polls {@code cancel} and reports to {@code progress}. Runs off the UI thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressReporter progress, CancellationToken cancel) throws Exception;
    }

    private final Work<T> work;
    private final CancellationToken token = new CancellationToken();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private String title = "";
    private Runnable onRunning = () -> { };
    private Consumer<T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> withTitle(String t) {
        this.title = t;
        this.message.set(t);
        return this;
    }

    public BackgroundTask<T> onRunning(Runnable r) {
        this.onRunning = r;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> c) {
        this.onSuccess = c;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> c) {
        this.onFailure = c;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable r) {
        this.onCancelled = r;
        return this;
    }

    /** Runs after success, failure or cancel (to hide a progress bar). */
    public BackgroundTask<T> onFinished(Runnable r) {
        this.onFinished = r;
        return this;
    }

    public BackgroundTask<T> executeWith(TaskExecutor executor) {
        executor.execute(this);
        return this;
    }

    public void cancel() {
        token.cancel();
    }

    public boolean isCancelled() {
        return token.isCancelled();
    }

    public String title() {
        return title;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /**
     * Passes on only reports that change what is shown: a new message, or progress moved by at least half a percent.
     * A renderer reports per block of samples, thousands of times per song; posting each to the FX thread would
     * flood its queue for no visible gain.
     */
    static ProgressReporter coalesced(ProgressReporter target) {
        return new ProgressReporter() {
            private double lastFraction = Double.NaN;
            private String lastMessage;

            @Override
            public synchronized void report(double fraction, String text) {
                boolean newText = text != null && !text.equals(lastMessage);
                boolean moved = Double.isNaN(lastFraction) || Math.abs(fraction - lastFraction) >= 0.005 || fraction >= 1 || fraction < 0;
                if (!newText && !moved) return;
                lastFraction = fraction;
                if (text != null) lastMessage = text;
                target.report(fraction, text);
            }
        };
    }

    /**
     * Runs the work on the current thread and delivers every callback and property change through {@code ui}.
     * Executors call this from their worker thread.
     */
    public void runNow(Executor ui) {
        ui.execute(() -> {
            running.set(true);
            onRunning.run();
        });
        ProgressReporter reporter = coalesced((fraction, text) -> ui.execute(() -> {
            progress.set(fraction);
            if (text != null) message.set(text);
        }));
        try {
            T result = work.run(reporter, token);
            ui.execute(() -> {
                if (token.isCancelled()) onCancelled.run(); else onSuccess.accept(result);
            });
        } catch (CancellationToken.CancelledException | CancellationException e) {
            ui.execute(onCancelled);
        } catch (Throwable e) {
            if (token.isCancelled() && e instanceof InterruptedException) ui.execute(onCancelled);
            else ui.execute(() -> onFailure.accept(e));
        } finally {
            ui.execute(() -> {
                running.set(false);
                onFinished.run();
            });
        }
    }
}
