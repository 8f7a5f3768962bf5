package io.genreshift.app.transfer;

import io.genreshift.core.model.Song;

import java.util.Objects;
import java.util.Optional;

/**
 * One version of the open song: the original (which the user may edit) or the result of a transfer. Immutable.
 *
 * @param id       stays the same through edits and saves, so per-version state (undo history, genre strip) can follow
 *                 the version; unique within a document
 * @param result   the transfer that made it, or null for the original
 * @param request  the settings of that transfer, or null for the original
 * @param source   the original as it was when this transfer was made (what its diff compares with), or null for the
 *                 original itself
 * @param saved    false while it has edits or was never exported (drives the close prompt)
 */
public record SongVersion(long id, String name, Song song, TransferResult result, TransferRequest request, Song source,
                          boolean saved) {
    public static final String ORIGINAL_NAME = "Original";

    public SongVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(song, "song");
        if ((result == null) != (request == null) || (result == null) != (source == null)) {
            throw new IllegalArgumentException("a transfer needs its result, its request and its source; the original none of them");
        }
    }

    public static SongVersion original(long id, Song song) {
        return new SongVersion(id, ORIGINAL_NAME, song, null, null, null, true);
    }

    /** A fresh transfer of {@code source} (the original at the time), unsaved. */
    public static SongVersion transferred(long id, String name, TransferResult result, TransferRequest request, Song source) {
        return new SongVersion(id, name, result.song(), result, request, source, false);
    }

    public boolean isOriginal() {
        return result == null;
    }

    /** True for a transfer that has been edited since the model made it. */
    public boolean isEdited() {
        return !isOriginal() && song != result.song();
    }

    /**
     * True for a transfer made from another state of the original than {@code original} (the original was edited
     * after the transfer, and the edit was not undone). Its diff still compares with the state it was made from.
     */
    public boolean isFromEarlierOriginal(Song original) {
        return !isOriginal() && source != original && !source.equals(original);
    }

    /** The transfer's warning (e.g. phrases left silent), shown on the version; empty for the original. */
    public Optional<String> warning() {
        return isOriginal() ? Optional.empty() : result.warning();
    }

    public SongVersion withSong(Song edited) {
        return new SongVersion(id, name, edited, result, request, source, false);
    }

    public SongVersion asSaved() {
        return new SongVersion(id, name, song, result, request, source, true);
    }

    public SongVersion asUnsaved() {
        return new SongVersion(id, name, song, result, request, source, false);
    }

    @Override
    public String toString() {
        return name;
    }
}
