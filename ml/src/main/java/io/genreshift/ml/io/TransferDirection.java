package io.genreshift.ml.io;

import java.util.Objects;

/**
 * A genre transfer direction such as classic→pop: what a generator turns phrases from and into.
 * Written as {@code "classic->pop"} in sidecars, reports and on the command line.
 */
public record TransferDirection(String from, String to) {

    public TransferDirection {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isBlank() || to.isBlank()) throw new IllegalArgumentException("a direction needs two genre names, got '" + from + "->" + to + "'");
        if (from.equals(to)) throw new IllegalArgumentException("a transfer direction needs two different genres, got " + from + " twice");
    }

    /** Parses {@code "classic->pop"}. */
    public static TransferDirection parse(String text) {
        int arrow = text.indexOf("->");
        if (arrow < 0) throw new IllegalArgumentException("a direction looks like 'classic->pop', got '" + text + "'");
        return new TransferDirection(text.substring(0, arrow).trim(), text.substring(arrow + 2).trim());
    }

    /** The way back, as the cycle runs it. */
    public TransferDirection reversed() {
        return new TransferDirection(to, from);
    }

    @Override
    public String toString() {
        return from + "->" + to;
    }
}
