package io.genreshift.app.transfer;

import io.genreshift.core.roll.PianoRoll;

/**
 * A computed saliency map for one version: {@code steps × 84} scores, flat {@code step * 84 + pitchIndex}, explaining
 * the classifier's decision for {@code genre}.
 */
public record SaliencyScores(int steps, float[] scores, String genre) {
    public SaliencyScores {
        if (scores.length != steps * PianoRoll.PITCHES) {
            throw new IllegalArgumentException(scores.length + " scores for " + steps + " steps; expected " + steps * PianoRoll.PITCHES);
        }
    }

    public static SaliencyScores of(float[] scores, String genre) {
        if (scores.length % PianoRoll.PITCHES != 0) {
            throw new IllegalArgumentException("saliency has " + scores.length + " values, not a multiple of " + PianoRoll.PITCHES);
        }
        return new SaliencyScores(scores.length / PianoRoll.PITCHES, scores, genre);
    }

    public float max() {
        float m = 0;
        for (float s : scores) m = Math.max(m, s);
        return m;
    }

    /** The absolute score threshold for a fraction of the maximum (the paper draws cells above 1/4 of it). */
    public double thresholdFor(double fractionOfMax) {
        return Math.min(1.0, Math.max(0.0, fractionOfMax * max()));
    }
}
