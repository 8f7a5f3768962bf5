package io.genreshift.app.transfer;

import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.PianoRoll;

import java.util.List;
import java.util.Objects;

/**
 * What one transfer produced: the new song, the rolls the model saw and made, the per-phrase classifier
 * probabilities before and after (the genre strip) and the content change over the whole song.
 */
public record TransferResult(Song song, PianoRoll originalRoll, PianoRoll transferredRoll,
                             List<PhraseGenreScores> before, List<PhraseGenreScores> after, ContentChange change) {
    public TransferResult {
        Objects.requireNonNull(song, "song");
        Objects.requireNonNull(originalRoll, "originalRoll");
        Objects.requireNonNull(transferredRoll, "transferredRoll");
        before = List.copyOf(before);
        after = List.copyOf(after);
        Objects.requireNonNull(change, "change");
    }

    /** Mean probability of {@code genre} over the phrases of {@code scores}; 0 for none. */
    public static double mean(List<PhraseGenreScores> scores, String genre) {
        return scores.stream().mapToDouble(s -> s.probability(genre)).average().orElse(0);
    }
}
