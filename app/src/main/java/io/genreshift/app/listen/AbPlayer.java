package io.genreshift.app.listen;

/**
 * Plays one of two rendered versions through one output line and can switch between them at the current frame, so
 * A/B comparison keeps the musical position with no gap. Positions are seconds from the start.
 */
public interface AbPlayer extends AutoCloseable {
    void play();

    void pause();

    /** Stops and releases the line; {@link #play()} may start again. */
    void stop();

    void seek(double seconds);

    double positionSeconds();

    boolean isPlaying();

    /** Plays version B (the transfer) from now on when true, A (the original) when false; same frame. */
    void useB(boolean b);

    /**
     * Repeats {@code [startSeconds, endSeconds)} from now on: after its last sample comes its first, with nothing
     * dropped or repeated. A playhead already past the end plays on.
     */
    void setLoop(double startSeconds, double endSeconds);

    /** Plays on past the loop's end from now on. */
    void clearLoop();

    @Override
    void close();
}
