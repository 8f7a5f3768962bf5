package io.genreshift.ml.transfer;

import io.genreshift.core.model.Song;

/**
 * A transferred song: the transferred roll written back onto the original with the musician export, so it keeps the
 * original's tempo map, meters, tracks, programs and velocities (see {@code MusicianExport}).
 *
 * @param original    the song as read
 * @param transferred the song with the transferred notes
 * @param details     the roll-level result: cycle, per-phrase verdicts, content change
 */
public record SongTransferResult(Song original, Song transferred, TransferResult details) {
}
