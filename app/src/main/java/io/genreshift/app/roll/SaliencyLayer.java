package io.genreshift.app.roll;

import io.genreshift.core.roll.PianoRoll;

import java.util.Objects;

/**
 * A saliency map to draw over the roll: one score in 0..1 per 16th-note step and pitch of the 84-pitch window,
 * flat in the same order as {@code Phrase}: {@code scores[step * 84 + pitchIndex]}.
 * Cells below {@code threshold} are not drawn; {@code opacity} scales the whole overlay.
 */
public record SaliencyLayer(int steps, float[] scores, double opacity, double threshold) {
    public SaliencyLayer {
        Objects.requireNonNull(scores, "scores");
        if (steps < 0) throw new IllegalArgumentException("steps must be >= 0, was " + steps);
        if (scores.length != steps * PianoRoll.PITCHES) {
            throw new IllegalArgumentException("scores has " + scores.length + " values, expected steps*84 = " + steps * PianoRoll.PITCHES);
        }
        if (opacity < 0 || opacity > 1) throw new IllegalArgumentException("opacity must be in 0..1, was " + opacity);
        if (threshold < 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in 0..1, was " + threshold);
    }

    /** The score of a cell, or NaN outside the map. */
    public double score(int step, int pitchIndex) {
        if (step < 0 || step >= steps || pitchIndex < 0 || pitchIndex >= PianoRoll.PITCHES) return Double.NaN;
        return scores[step * PianoRoll.PITCHES + pitchIndex];
    }

    /** The same scores with another opacity (the overlay slider). */
    public SaliencyLayer withOpacity(double newOpacity) {
        return new SaliencyLayer(steps, scores, newOpacity, threshold);
    }

    /** The same scores with another threshold. */
    public SaliencyLayer withThreshold(double newThreshold) {
        return new SaliencyLayer(steps, scores, opacity, newThreshold);
    }

    /** A quarter of the maximum score: the paper's default threshold. */
    public static double defaultThreshold(float[] scores) {
        float max = 0;
        for (float s : scores) max = Math.max(max, s);
        return max / 4.0;
    }
}
