package io.genreshift.app.edit;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;

import java.util.Objects;
import java.util.Set;

/**
 * The editable state of one piano roll at one moment: the song and which of its notes are selected.
 * Both parts are immutable, so a snapshot is cheap to keep and undo is a swap (Signal's history, not Helio's deltas).
 */
public record Snapshot(Song song, Set<Note> selection) {
    public Snapshot {
        Objects.requireNonNull(song, "song");
        selection = Set.copyOf(selection);
    }

    public static Snapshot of(Song song) {
        return new Snapshot(song, Set.of());
    }
}
