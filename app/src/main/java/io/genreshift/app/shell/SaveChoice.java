package io.genreshift.app.shell;

/** The answer to "save changes before closing?". */
public enum SaveChoice {
    SAVE, DISCARD, CANCEL
}
