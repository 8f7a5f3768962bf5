package io.genreshift.app.transfer;

import io.genreshift.core.model.Song;

import java.util.Objects;

/**
 * One version of the open song: the original (which the user may edit) or the result of a transfer. Immutable.
 *
 * @param result   the transfer that made it, or null for the original
 * @param request  the settings of that transfer, or null for the original
 * @param saved    false while it has edits or was never exported (drives the close prompt)
 */
public record SongVersion(String name, Song song, TransferResult result, TransferRequest request, boolean saved) {
    public static final String ORIGINAL_NAME = "Original";

    public SongVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(song, "song");
        if ((result == null) != (request == null)) throw new IllegalArgumentException("a transfer needs both its result and its request");
    }

    public static SongVersion original(Song song) {
        return new SongVersion(ORIGINAL_NAME, song, null, null, true);
    }

    public static SongVersion transferred(String name, TransferResult result, TransferRequest request) {
        return new SongVersion(name, result.song(), result, request, false);
    }

    public boolean isOriginal() {
        return result == null;
    }

    public SongVersion withSong(Song edited) {
        return new SongVersion(name, edited, result, request, false);
    }

    public SongVersion asSaved() {
        return new SongVersion(name, song, result, request, true);
    }

    @Override
    public String toString() {
        return name;
    }
}
