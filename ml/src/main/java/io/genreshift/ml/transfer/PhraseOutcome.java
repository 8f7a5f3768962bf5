package io.genreshift.ml.transfer;

import io.genreshift.core.metrics.ContentChange;

/**
 * What the transfer did to one 4-bar phrase.
 *
 * @param index        phrase number, from 0, in the order of the song
 * @param startStep    first step of the phrase: a bar line of the song (64·index when the song is in one duple meter)
 * @param steps        steps of the song the phrase covers: 64, or fewer where a span in another meter begins
 * @param silent       the source phrase has no notes; it is left silent and not sent through the generator
 * @param targetBefore the pair classifier's probability of the target genre for the original phrase (NaN without a
 *                     pair classifier)
 * @param targetAfter  the same for the transferred phrase
 * @param change       notes added and removed, in cells
 */
public record PhraseOutcome(int index, int startStep, int steps, boolean silent, double targetBefore, double targetAfter, ContentChange change) {
}
