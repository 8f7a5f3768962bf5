package io.genreshift.core.corpus;

import io.genreshift.core.roll.BarTally;

import java.nio.file.Path;
import java.util.List;

/**
 * The result of a corpus preparation: the phrases, the report, and which file each song id is (for tracing a phrase
 * back to its song) and which files were left out.
 */
public record PreparedCorpus(PhraseDataset dataset, PreparationReport report, List<SongEntry> songs, List<RejectedFile> rejected) {

    public PreparedCorpus {
        songs = List.copyOf(songs);
        rejected = List.copyOf(rejected);
    }

    /**
     * An accepted song; {@code id} is the song id its phrases carry in the {@link PhraseSet}s of its genre;
     * {@code bars} are its bars in phrases (kept) and outside them (dropped: other meters, tails shorter than a phrase).
     */
    public record SongEntry(String genre, int id, Split split, int phrases, BarTally bars, Path file) {
    }

    /** A file left out, with the reason's report key and details. */
    public record RejectedFile(String genre, Path file, String reason, String detail) {
    }
}
