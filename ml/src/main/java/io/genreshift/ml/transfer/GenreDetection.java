package io.genreshift.ml.transfer;

import java.util.Map;

/**
 * The genre classifier's verdict on a whole song: its probabilities averaged over the song's non-silent phrases.
 *
 * @param genre         the chosen source genre: the most probable one other than the transfer's target
 * @param confidence    the averaged probability of {@code genre}, 0..1
 * @param probabilities every genre's averaged probability
 */
public record GenreDetection(String genre, double confidence, Map<String, Double> probabilities) {
    public GenreDetection {
        probabilities = Map.copyOf(probabilities);
    }
}
