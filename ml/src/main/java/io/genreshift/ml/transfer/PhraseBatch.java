package io.genreshift.ml.transfer;

import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PhraseLayout;
import io.genreshift.core.roll.PianoRoll;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A roll cut into phrases for one batched pass, where its {@link PhraseLayout} puts them: on the bars of the song's
 * accepted meters, the tail of each span padded with silence to a whole phrase. Silent phrases are left out (a
 * generator would invent notes in them, and a classifier's verdict on silence means nothing), and so are spans in
 * other meters, which keep the source's notes.
 */
final class PhraseBatch {
    private final PianoRoll source;
    private final PhraseLayout layout;
    private final List<Phrase> phrases;
    private final int[] sounding;

    private PhraseBatch(PianoRoll source, PhraseLayout layout, List<Phrase> phrases, int[] sounding) {
        this.source = source;
        this.layout = layout;
        this.phrases = phrases;
        this.sounding = sounding;
    }

    /** Phrases from step 0, every 64 steps: a roll without a meter map is taken as 4/4 from its start. */
    static PhraseBatch of(PianoRoll roll) {
        return of(roll, PhraseLayout.uniform(roll.steps()));
    }

    static PhraseBatch of(PianoRoll roll, PhraseLayout layout) {
        if (layout.steps() != roll.steps()) {
            throw new IllegalArgumentException("the phrase layout covers " + layout.steps() + " steps, the roll " + roll.steps());
        }
        List<Phrase> phrases = layout.phrasesOf(roll);
        return new PhraseBatch(roll, layout, phrases,
                IntStream.range(0, phrases.size()).filter(i -> !phrases.get(i).isEmpty()).toArray());
    }

    PhraseLayout layout() {
        return layout;
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
     * {@code threshold}; silent phrases stay silent, cells generated in the padding are cut off, and steps in no
     * phrase (other meters) keep the source's cells.
     */
    PianoRoll toRoll(float[] outputs, float threshold) {
        List<Phrase> out = new ArrayList<>(phrases.size());
        for (int i = 0; i < phrases.size(); i++) out.add(Phrase.empty());
        for (int b = 0; b < sounding.length; b++) out.set(sounding[b], Phrase.fromFloats(outputs, b * Phrase.CELLS, threshold));
        return layout.apply(source, out);
    }

    /** The phrases of a roll of the source's length at the same places, for comparing with it. */
    List<Phrase> phrasesOf(PianoRoll roll) {
        return layout.phrasesOf(roll);
    }
}
