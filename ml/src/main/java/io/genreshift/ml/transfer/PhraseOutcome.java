package io.genreshift.ml.transfer;

import io.genreshift.core.metrics.ContentChange;

/**
 * What the transfer did to one 4-bar phrase.
 *
 * @param index        phrase number, from 0 (phrase i covers steps 64·i .. 64·i+63)
 * @param silent       the source phrase has no notes; it is left silent and not sent through the generator
 * @param targetBefore the pair classifier's probability of the target genre for the original phrase (NaN without a
 *                     pair classifier)
 * @param targetAfter  the same for the transferred phrase
 * @param change       notes added and removed, in cells
 */
public record PhraseOutcome(int index, boolean silent, double targetBefore, double targetAfter, ContentChange change) {
}
