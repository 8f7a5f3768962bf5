package io.genreshift.app.transfer;

import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.model.MeterMap;
import io.genreshift.core.model.Song;
import io.genreshift.core.roll.PhraseLayout;
import io.genreshift.core.roll.PianoRoll;

import io.genreshift.ml.transfer.EmptyPhrases;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * What the user must hear about when the model left phrases (or everything) without notes, e.g. "No pitched
     * notes: phrases 0-11 (bars 1-48) of 12 came out silent. Try a lower threshold or another variant."; empty when
     * the transfer is usable as it is.
     */
    public Optional<String> warning() {
        EmptyPhrases empty = EmptyPhrases.of(originalRoll, transferredRoll,
                PhraseLayout.forTransfer(song, originalRoll.steps()));
        if (!empty.worthAWarning()) return Optional.empty();
        String what = empty.nothingPitched() ? "No pitched notes (drums are kept)"
                : "Only " + empty.cellsLeft() + " of " + empty.sourceCells() + " note cells kept";
        String phrases = empty.emptied().isEmpty() ? "" : ": " + empty.describe(MeterMap.of(song)) + " came out silent";
        return Optional.of(what + phrases + ". Try a lower threshold or another variant.");
    }

    /** Mean probability of {@code genre} over the phrases of {@code scores}; 0 for none. */
    public static double mean(List<PhraseGenreScores> scores, String genre) {
        return scores.stream().mapToDouble(s -> s.probability(genre)).average().orElse(0);
    }
}
