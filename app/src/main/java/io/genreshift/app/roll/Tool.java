package io.genreshift.app.roll;

/** What a primary-button drag on empty roll space does. Keys {@code 1} and {@code 2}, as in Signal. */
public enum Tool {
    /** Pencil: click or drag on empty space creates a note. */
    DRAW,
    /** Arrow: drag on empty space draws a rubber band. */
    SELECT
}
