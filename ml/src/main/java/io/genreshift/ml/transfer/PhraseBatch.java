package io.genreshift.ml.transfer;

import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A roll cut into whole phrases for one batched pass: the tail is padded with silence to a whole phrase, and silent
 * phrases are left out (a generator would invent notes in them, and a classifier's verdict on silence means nothing).
 */
final class PhraseBatch {
    private final int steps;
    private final List<Phrase> phrases;
    private final int[] sounding;

    private PhraseBatch(int steps, List<Phrase> phrases, int[] sounding) {
        this.steps = steps;
        this.phrases = phrases;
        this.sounding = sounding;
    }

    static PhraseBatch of(PianoRoll roll) {
        int count = (roll.steps() + Phrase.STEPS - 1) / Phrase.STEPS;
        List<Phrase> phrases = roll.resized(count * Phrase.STEPS).phrases();
        return new PhraseBatch(roll.steps(), phrases,
                IntStream.range(0, count).filter(i -> !phrases.get(i).isEmpty()).toArray());
    }

    /** All phrases, silent ones included. */
    List<Phrase> phrases() {
        return phrases;
    }

    /** Indices of the phrases that have notes, in order; these are the batch. */
    int[] sounding() {
        return sounding.clone();
    }

    boolean isSilent(int phrase) {
        return phrases.get(phrase).isEmpty();
    }

    /** Number of phrases in the batch. */
    int size() {
        return sounding.length;
    }

    /** The batch as 0/1 floats, (size, 1, 64, 84). */
    float[] inputs() {
        float[] x = new float[sounding.length * Phrase.CELLS];
        for (int b = 0; b < sounding.length; b++) phrases.get(sounding[b]).writeFloats(x, b * Phrase.CELLS);
        return x;
    }

    /**
     * A roll of the source's length from per-batch-item network outputs: a cell is on when its value is above
     * {@code threshold}; silent phrases stay silent, and cells generated in the padding are cut off.
     */
    PianoRoll toRoll(float[] outputs, float threshold) {
        List<Phrase> out = new ArrayList<>(phrases.size());
        for (int i = 0; i < phrases.size(); i++) out.add(Phrase.empty());
        for (int b = 0; b < sounding.length; b++) out.set(sounding[b], Phrase.fromFloats(outputs, b * Phrase.CELLS, threshold));
        return PianoRoll.concat(out).resized(steps);
    }

    /** The phrases of a roll of the source's length (padded like the source), for comparing with it. */
    List<Phrase> phrasesOf(PianoRoll roll) {
        return roll.resized(phrases.size() * Phrase.STEPS).phrases();
    }
}
