package io.genreshift.ml.saliency;

import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;

import java.util.Arrays;

/**
 * Which notes made a classifier hear a genre (Brunner et al. 2019, §"saliency"): per cell of a piano roll, the positive
 * part of the gradient of the genre's logit times the input, normalized per phrase (each phrase is one instance of the
 * classifier) to a maximum of 1, with cells under a fraction of that maximum dropped (the paper drops those under 1/4).
 * Values are in [0, 1]; a cell is non-zero only where the roll has a note. Immutable.
 */
public final class SaliencyMap {
    /** The paper's cut-off: cells under 1/4 of their phrase's maximum are removed. */
    public static final float DEFAULT_DROP_FRACTION = 0.25f;

    private final String genre;
    private final int steps;
    private final float dropFraction;
    private final float[] weights;

    private SaliencyMap(String genre, int steps, float dropFraction, float[] weights) {
        this.genre = genre;
        this.steps = steps;
        this.dropFraction = dropFraction;
        this.weights = weights;
    }

    /**
     * Builds the map from a classifier's input gradients.
     *
     * @param gradients    d logit(genre) / d input, per cell, for whole phrases back to back (flat order of {@link Phrase})
     * @param inputs       the 0/1 input, same layout
     * @param steps        the roll's length; the arrays may be longer (padded to whole phrases)
     * @param dropFraction cells under this fraction of their phrase's maximum become 0, in [0, 1)
     */
    public static SaliencyMap fromGradients(String genre, float[] gradients, float[] inputs, int steps, float dropFraction) {
        if (!(dropFraction >= 0 && dropFraction < 1)) throw new IllegalArgumentException("drop fraction must be in [0, 1), was " + dropFraction);
        if (gradients.length != inputs.length || gradients.length % Phrase.CELLS != 0) {
            throw new IllegalArgumentException("gradients and inputs must both cover whole phrases: " + gradients.length + " vs " + inputs.length);
        }
        if ((long) steps * PianoRoll.PITCHES > gradients.length) {
            throw new IllegalArgumentException(steps + " steps need " + steps * PianoRoll.PITCHES + " values, got " + gradients.length);
        }
        float[] w = new float[gradients.length];
        for (int i = 0; i < w.length; i++) w[i] = Math.max(gradients[i], 0f) * inputs[i];
        for (int from = 0; from < w.length; from += Phrase.CELLS) normalizePhrase(w, from, dropFraction);
        return new SaliencyMap(genre, steps, dropFraction, Arrays.copyOf(w, steps * PianoRoll.PITCHES));
    }

    /** Scales one phrase to a maximum of 1 and drops cells under {@code dropFraction}; an all-zero phrase stays 0. */
    private static void normalizePhrase(float[] w, int from, float dropFraction) {
        float max = 0;
        for (int i = from; i < from + Phrase.CELLS; i++) max = Math.max(max, w[i]);
        if (max <= 0) return;
        for (int i = from; i < from + Phrase.CELLS; i++) {
            float v = w[i] / max;
            w[i] = v < dropFraction ? 0f : v;
        }
    }

    /** The genre whose logit was attributed. */
    public String genre() {
        return genre;
    }

    public int steps() {
        return steps;
    }

    public float dropFraction() {
        return dropFraction;
    }

    /** The weight of cell (step, pitchIndex), in [0, 1]. */
    public float get(int step, int pitchIndex) {
        if (step < 0 || step >= steps || pitchIndex < 0 || pitchIndex >= PianoRoll.PITCHES) {
            throw new IndexOutOfBoundsException("cell (" + step + ", " + pitchIndex + ") outside " + steps + "x" + PianoRoll.PITCHES);
        }
        return weights[step * PianoRoll.PITCHES + pitchIndex];
    }

    /** Number of cells with a non-zero weight. */
    public int activeCells() {
        int n = 0;
        for (float v : weights) if (v > 0) n++;
        return n;
    }

    /** All weights, time first ({@code step * 84 + pitchIndex}); a copy. */
    public float[] weights() {
        return weights.clone();
    }

    @Override
    public String toString() {
        return "SaliencyMap[" + genre + ", " + steps + " steps, " + activeCells() + " salient cells]";
    }
}
