package io.genreshift.app.transfer;

import java.util.Map;

/** The classifier's genre probabilities for one 4-bar phrase. */
public record PhraseGenreScores(Map<String, Double> probabilities) {
    public PhraseGenreScores {
        probabilities = Map.copyOf(probabilities);
    }

    public double probability(String genre) {
        return probabilities.getOrDefault(genre, 0.0);
    }
}
