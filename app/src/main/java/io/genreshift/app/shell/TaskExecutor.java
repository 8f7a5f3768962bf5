package io.genreshift.app.shell;

/** Runs {@link BackgroundTask}s: on a worker thread in the app, on the caller's thread in tests. */
public interface TaskExecutor {
    <T> void execute(BackgroundTask<T> task);

    /** Stops accepting work and interrupts what runs, at app exit. */
    default void shutdown() {
    }
}
