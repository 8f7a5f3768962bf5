package io.genreshift.core.roll;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A binary piano roll over the models' pitch window: {@code steps} sixteenth notes × {@value #PITCHES} pitches.
 * Step s covers ticks {@code [s*ppq/4, (s+1)*ppq/4)}: the grid follows beats (the tempo map), not seconds.
 * Immutable. Cut into model input with {@link #phrases()}.
 */
public final class PianoRoll {
    public static final int PITCHES = 84;
    public static final int LOWEST_PITCH = 24;
    public static final int HIGHEST_PITCH = LOWEST_PITCH + PITCHES - 1;
    public static final int STEPS_PER_BEAT = 4;
    public static final int STEPS_PER_BAR = 16;

    private final int steps;
    private final BitSet cells;

    private PianoRoll(int steps, BitSet cells) {
        if (steps < 0) throw new IllegalArgumentException("steps must be >= 0, was " + steps);
        this.steps = steps;
        this.cells = cells;
    }

    public static PianoRoll empty(int steps) {
        return new PianoRoll(steps, new BitSet());
    }

    /** Wraps bits in the flat order {@code step * 84 + pitchIndex} without copying; the caller hands them over. */
    static PianoRoll ofBits(int steps, BitSet bits) {
        if (bits.length() > (long) steps * PITCHES) throw new IllegalArgumentException("cells beyond step " + steps);
        return new PianoRoll(steps, bits);
    }

    /** From a [steps][84] grid. */
    public static PianoRoll of(boolean[][] grid) {
        BitSet bits = new BitSet();
        for (int t = 0; t < grid.length; t++) {
            if (grid[t].length != PITCHES) throw new IllegalArgumentException("step " + t + " has " + grid[t].length + " pitches");
            for (int p = 0; p < PITCHES; p++) if (grid[t][p]) bits.set(t * PITCHES + p);
        }
        return new PianoRoll(grid.length, bits);
    }

    /** Phrases laid end to end (phrase i starts at step 64·i). */
    public static PianoRoll concat(List<Phrase> phrases) {
        BitSet bits = new BitSet();
        int base = 0;
        for (Phrase ph : phrases) {
            BitSet b = ph.bits();
            for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) bits.set(base + i);
            base += Phrase.CELLS;
        }
        return new PianoRoll(phrases.size() * Phrase.STEPS, bits);
    }

    /** True when MIDI {@code pitch} is inside the 84-pitch window. */
    public static boolean inWindow(int midiPitch) {
        return midiPitch >= LOWEST_PITCH && midiPitch <= HIGHEST_PITCH;
    }

    public int steps() {
        return steps;
    }

    public boolean get(int step, int pitchIndex) {
        check(step, pitchIndex);
        return cells.get(step * PITCHES + pitchIndex);
    }

    public boolean sounds(int step, int midiPitch) {
        return inWindow(midiPitch) && step >= 0 && step < steps && cells.get(step * PITCHES + midiPitch - LOWEST_PITCH);
    }

    public PianoRoll with(int step, int pitchIndex, boolean on) {
        check(step, pitchIndex);
        BitSet copy = (BitSet) cells.clone();
        copy.set(step * PITCHES + pitchIndex, on);
        return new PianoRoll(steps, copy);
    }

    public int activeCells() {
        return cells.cardinality();
    }

    /** A copy of the cells in the flat order {@code step * 84 + pitchIndex}. */
    BitSet bits() {
        return (BitSet) cells.clone();
    }

    /** Number of whole 64-step phrases; the partial tail is not a phrase. */
    public int phraseCount() {
        return steps / Phrase.STEPS;
    }

    public Phrase phrase(int index) {
        if (index < 0 || index >= phraseCount()) throw new IndexOutOfBoundsException("phrase " + index + " of " + phraseCount());
        int from = index * Phrase.CELLS;
        return Phrase.ofBits(cells.get(from, from + Phrase.CELLS));
    }

    /** Consecutive non-overlapping 64-step phrases from step 0; the trailing {@code steps mod 64} steps are dropped. */
    public List<Phrase> phrases() {
        List<Phrase> out = new ArrayList<>(phraseCount());
        for (int i = 0; i < phraseCount(); i++) out.add(phrase(i));
        return out;
    }

    /**
     * The 64 steps from {@code startStep}, of which only the first {@code length} are taken from the roll; the rest,
     * and anything past the roll's end, is silence.
     */
    public Phrase phraseAt(int startStep, int length) {
        if (startStep < 0 || length < 0 || length > Phrase.STEPS) {
            throw new IndexOutOfBoundsException("phrase at step " + startStep + " of length " + length);
        }
        int end = Math.min(steps, startStep + length);
        if (end <= startStep) return Phrase.empty();
        return Phrase.ofBits(cells.get(startStep * PITCHES, end * PITCHES));
    }

    /** This roll with steps {@code [startStep, startStep + length)} (cut to the roll) taken from {@code phrase}. */
    public PianoRoll withPhraseAt(int startStep, int length, Phrase phrase) {
        if (startStep < 0 || length < 0 || length > Phrase.STEPS) {
            throw new IndexOutOfBoundsException("phrase at step " + startStep + " of length " + length);
        }
        int end = Math.min(steps, startStep + length);
        if (end <= startStep) return this;
        BitSet copy = (BitSet) cells.clone();
        copy.clear(startStep * PITCHES, end * PITCHES);
        BitSet b = phrase.bits();
        int limit = (end - startStep) * PITCHES;
        for (int i = b.nextSetBit(0); i >= 0 && i < limit; i = b.nextSetBit(i + 1)) copy.set(startStep * PITCHES + i);
        return new PianoRoll(steps, copy);
    }

    /**
     * This roll with every {@code phrases[i]} written at {@code starts[i]} for {@code lengths[i]} steps, as repeated
     * {@link #withPhraseAt} calls would, but with one copy of the cells instead of one per phrase: a long song has
     * thousands of phrases, and copying the whole roll for each made a transfer quadratic in the song's length.
     */
    PianoRoll withPhrasesAt(List<Integer> starts, List<Integer> lengths, List<Phrase> phrases) {
        if (starts.size() != lengths.size() || starts.size() != phrases.size()) {
            throw new IllegalArgumentException(phrases.size() + " phrases for " + starts.size() + " starts and " + lengths.size() + " lengths");
        }
        BitSet copy = (BitSet) cells.clone();
        for (int k = 0; k < phrases.size(); k++) {
            int startStep = starts.get(k);
            int length = lengths.get(k);
            if (startStep < 0 || length < 0 || length > Phrase.STEPS) {
                throw new IndexOutOfBoundsException("phrase at step " + startStep + " of length " + length);
            }
            int end = Math.min(steps, startStep + length);
            if (end <= startStep) continue;
            copy.clear(startStep * PITCHES, end * PITCHES);
            BitSet b = phrases.get(k).bits();
            int limit = (end - startStep) * PITCHES;
            for (int i = b.nextSetBit(0); i >= 0 && i < limit; i = b.nextSetBit(i + 1)) copy.set(startStep * PITCHES + i);
        }
        return new PianoRoll(steps, copy);
    }

    /** This roll with phrase {@code index} replaced; steps outside that phrase are untouched. */
    public PianoRoll withPhrase(int index, Phrase phrase) {
        if (index < 0 || index >= phraseCount()) throw new IndexOutOfBoundsException("phrase " + index + " of " + phraseCount());
        BitSet copy = (BitSet) cells.clone();
        int from = index * Phrase.CELLS;
        copy.clear(from, from + Phrase.CELLS);
        BitSet b = phrase.bits();
        for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) copy.set(from + i);
        return new PianoRoll(steps, copy);
    }

    /** Same cells, {@code newSteps} long (cut or padded with silence). */
    public PianoRoll resized(int newSteps) {
        BitSet copy = cells.get(0, Math.min(steps, newSteps) * PITCHES);
        return new PianoRoll(newSteps, copy);
    }

    private void check(int step, int pitchIndex) {
        if (step < 0 || step >= steps || pitchIndex < 0 || pitchIndex >= PITCHES) {
            throw new IndexOutOfBoundsException("cell (" + step + ", " + pitchIndex + ") outside " + steps + "x" + PITCHES);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PianoRoll other && steps == other.steps && cells.equals(other.cells);
    }

    @Override
    public int hashCode() {
        return 31 * steps + cells.hashCode();
    }

    @Override
    public String toString() {
        return "PianoRoll[" + steps + " steps, " + activeCells() + " active cells]";
    }
}
