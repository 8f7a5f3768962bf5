package io.genreshift.core.roll;

import java.util.List;

/**
 * Which phrases go into a training set: those with more than one active cell. This is the CZ reference's "filter too
 * sparse files" (spec §1.2); the older SZ code kept every non-empty phrase. A phrase of one cell is a lone
 * sixteenth, which carries no style.
 */
public final class TrainingFilter {
    public static final int MIN_ACTIVE_CELLS = 2;

    private TrainingFilter() {
    }

    public static boolean isTrainable(Phrase phrase) {
        return phrase.activeCells() >= MIN_ACTIVE_CELLS;
    }

    /** The trainable phrases, in order. */
    public static List<Phrase> trainable(List<Phrase> phrases) {
        return phrases.stream().filter(TrainingFilter::isTrainable).toList();
    }
}
