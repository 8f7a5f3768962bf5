package io.genreshift.app.shell;

import java.util.concurrent.atomic.AtomicBoolean;

/** Set by the UI's Cancel button, polled by long work between steps (a phrase, a render block). Thread-safe. */
public final class CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link CancelledException} when cancelled; call it between units of work. */
    public void check() {
        if (isCancelled()) throw new CancelledException();
    }

    /** Thrown out of work that noticed a cancel; {@link BackgroundTask} reports it as cancelled, not failed. */
    public static final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("cancelled by the user");
        }
    }
}
