package io.genreshift.app.shell;

import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs tasks one at a time on a single daemon worker. One thread on purpose: MXNet autograd is global state and the
 * machine may have only 2 cores (ecosystem-notes §0.4), so ML jobs must never overlap. Callbacks go to the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService worker;

    public FxTaskExecutor(String threadName) {
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        worker.execute(() -> task.runNow(Platform::runLater));
    }

    @Override
    public void shutdown() {
        worker.shutdownNow();
    }
}
