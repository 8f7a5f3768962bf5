package io.genreshift.app.fakes;

import io.genreshift.app.shell.BackgroundTask;
import io.genreshift.app.shell.TaskExecutor;

import java.util.ArrayDeque;
import java.util.Deque;

/** Holds tasks like a busy worker until the test runs them, in order, with callbacks inline. */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final Deque<BackgroundTask<?>> queue = new ArrayDeque<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        queue.add(task);
    }

    public int queued() {
        return queue.size();
    }

    public void runAll() {
        while (!queue.isEmpty()) queue.poll().runNow(Runnable::run);
    }
}
