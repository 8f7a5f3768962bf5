package io.genreshift.app.edit;

/** Which end of a note a resize drags. */
public enum NoteEdge {
    START, END
}
