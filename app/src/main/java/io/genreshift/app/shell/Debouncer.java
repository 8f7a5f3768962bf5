package io.genreshift.app.shell;

/**
 * Runs only the last of a burst of requests, once the burst is over: a drag edits a song many times a second, and
 * each edit should not start a slow job of its own. Use on the UI thread.
 */
public interface Debouncer {
    /** Runs {@code action} after a quiet period with no newer request; a newer request replaces a pending one. */
    void request(Runnable action);

    /** Drops the pending request, if any. */
    void cancel();
}
