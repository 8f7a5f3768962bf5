package io.genreshift.app.fakes;

import io.genreshift.app.shell.Debouncer;

/** A debouncer whose quiet period ends when the test says so ({@link #flush()}). */
public final class ManualDebouncer implements Debouncer {
    private Runnable pending;

    @Override
    public void request(Runnable action) {
        pending = action;
    }

    @Override
    public void cancel() {
        pending = null;
    }

    public boolean hasPending() {
        return pending != null;
    }

    /** Ends the quiet period: runs the pending action, if any. */
    public void flush() {
        Runnable action = pending;
        pending = null;
        if (action != null) action.run();
    }
}
