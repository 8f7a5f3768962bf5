package io.genreshift.ml.transfer;

import io.genreshift.core.metrics.ContentChange;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.core.roll.StepRange;
import io.genreshift.ml.io.TransferDirection;
import io.genreshift.ml.model.Variant;

import java.util.List;
import java.util.Optional;

/**
 * A transferred piano roll and everything a musician or researcher may want to compare with it. All rolls have the
 * source's length.
 *
 * @param direction  source → target genre
 * @param variant    the generators used
 * @param detection  the genre detection, when the source genre was not given
 * @param source     the original roll
 * @param transfer   the transferred roll (thresholded, and with the melody restored when asked)
 * @param cycle      the cycle reconstruction G_back(G(x)), thresholded: how much of the original the transfer still
 *                   encodes
 * @param phrases    per phrase: classifier probabilities before and after, content change
 * @param change     the content change of the whole roll (the sum over the phrases)
 * @param untouched  steps in no phrase because their meter is not 4/4, 2/4 or 2/2: the transfer keeps the source there
 */
public record TransferResult(TransferDirection direction, Variant variant, Optional<GenreDetection> detection,
                             PianoRoll source, PianoRoll transfer, PianoRoll cycle, List<PhraseOutcome> phrases,
                             ContentChange change, List<StepRange> untouched) {
    public TransferResult {
        phrases = List.copyOf(phrases);
        untouched = List.copyOf(untouched);
    }
}
