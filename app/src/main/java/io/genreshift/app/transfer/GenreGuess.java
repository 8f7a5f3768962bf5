package io.genreshift.app.transfer;

import java.util.Map;

/**
 * What the 3-genre classifier thinks a song is: the most likely genre, its probability and all probabilities
 * (averaged over the song's phrases).
 */
public record GenreGuess(String genre, double confidence, Map<String, Double> probabilities) {
    public GenreGuess {
        probabilities = Map.copyOf(probabilities);
    }

    /** "Jazz (82%)". */
    public String describe() {
        return Genres.display(genre) + " (" + Math.round(confidence * 100) + "%)";
    }
}
