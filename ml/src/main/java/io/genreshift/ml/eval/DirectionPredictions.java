package io.genreshift.ml.eval;

/**
 * The pair classifier's predicted class (argmax) for every test phrase of one direction's source genre, as the
 * reference's {@code style_classifier.test} counts them (spec §11.1): the original phrase, its transfer and its cycle.
 */
public record DirectionPredictions(int[] origin, int[] transfer, int[] cycle) {
    public DirectionPredictions {
        if (origin.length != transfer.length || origin.length != cycle.length) {
            throw new IllegalArgumentException("one prediction per phrase for origin, transfer and cycle: "
                    + origin.length + ", " + transfer.length + ", " + cycle.length);
        }
        origin = origin.clone();
        transfer = transfer.clone();
        cycle = cycle.clone();
    }

    public int phrases() {
        return origin.length;
    }
}
