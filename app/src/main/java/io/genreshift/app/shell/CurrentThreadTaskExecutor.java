package io.genreshift.app.shell;

/** Runs each task to completion on the caller's thread with callbacks inline: deterministic, for tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> void execute(BackgroundTask<T> task) {
        task.runNow(Runnable::run);
    }
}
