package io.genreshift.ml.saliency;

import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;

import java.util.List;

/** A roll as whole phrases: the tail is padded with silence, and even an empty roll gives one phrase. */
final class PianoRollPhrases {
    private PianoRollPhrases() {
    }

    static List<Phrase> padded(PianoRoll roll) {
        int count = Math.max(1, (roll.steps() + Phrase.STEPS - 1) / Phrase.STEPS);
        return roll.resized(count * Phrase.STEPS).phrases();
    }
}
