package io.genreshift.core.roll;

import java.util.Arrays;
import java.util.BitSet;

/**
 * One 4-bar phrase as the models see it: {@value #STEPS} sixteenth-note steps × {@value PianoRoll#PITCHES} pitches
 * (MIDI {@value PianoRoll#LOWEST_PITCH}..{@value PianoRoll#HIGHEST_PITCH}), binary. Immutable.
 *
 * <p>Cell (step, pitchIndex) is note MIDI {@code pitchIndex + 24} sounding during sixteenth {@code step}. The flat
 * order used by {@link #toFloats()} and the packed form is row-major, time first: {@code step * 84 + pitchIndex},
 * which is the (H = time, W = pitch) layout of the reference tensors.
 */
public final class Phrase {
    public static final int STEPS = 64;
    public static final int CELLS = STEPS * PianoRoll.PITCHES;
    /** Bytes of the bit-packed form: 5376 bits. */
    public static final int PACKED_BYTES = CELLS / 8;

    private static final Phrase EMPTY = new Phrase(new BitSet(CELLS));

    private final BitSet cells;

    private Phrase(BitSet cells) {
        this.cells = cells;
    }

    public static Phrase empty() {
        return EMPTY;
    }

    static Phrase ofBits(BitSet bits) {
        return new Phrase((BitSet) bits.clone());
    }

    /** From a [64][84] boolean grid. */
    public static Phrase of(boolean[][] grid) {
        if (grid.length != STEPS) throw new IllegalArgumentException("expected " + STEPS + " steps, got " + grid.length);
        BitSet bits = new BitSet(CELLS);
        for (int t = 0; t < STEPS; t++) {
            if (grid[t].length != PianoRoll.PITCHES) {
                throw new IllegalArgumentException("step " + t + " has " + grid[t].length + " pitches, expected " + PianoRoll.PITCHES);
            }
            for (int p = 0; p < PianoRoll.PITCHES; p++) if (grid[t][p]) bits.set(t * PianoRoll.PITCHES + p);
        }
        return new Phrase(bits);
    }

    /** Binarizes model output: a cell is on when its value is strictly greater than {@code threshold}. */
    public static Phrase fromFloats(float[] values, int offset, float threshold) {
        if (values.length - offset < CELLS) throw new IllegalArgumentException("need " + CELLS + " values from offset " + offset);
        BitSet bits = new BitSet(CELLS);
        for (int i = 0; i < CELLS; i++) if (values[offset + i] > threshold) bits.set(i);
        return new Phrase(bits);
    }

    public static Phrase fromFloats(float[] values, float threshold) {
        return fromFloats(values, 0, threshold);
    }

    /** Reads the bit-packed form written by {@link #toPackedBytes()} (bit i of the flat order = bit i%8 of byte i/8). */
    public static Phrase fromPackedBytes(byte[] packed, int offset) {
        if (packed.length - offset < PACKED_BYTES) throw new IllegalArgumentException("need " + PACKED_BYTES + " bytes from offset " + offset);
        return new Phrase(BitSet.valueOf(Arrays.copyOfRange(packed, offset, offset + PACKED_BYTES)));
    }

    public byte[] toPackedBytes() {
        return Arrays.copyOf(cells.toByteArray(), PACKED_BYTES);
    }

    public boolean get(int step, int pitchIndex) {
        checkCell(step, pitchIndex);
        return cells.get(step * PianoRoll.PITCHES + pitchIndex);
    }

    /** Whether MIDI {@code pitch} sounds at {@code step}; pitches outside the window are never on. */
    public boolean sounds(int step, int midiPitch) {
        int p = midiPitch - PianoRoll.LOWEST_PITCH;
        return p >= 0 && p < PianoRoll.PITCHES && get(step, p);
    }

    public Phrase with(int step, int pitchIndex, boolean on) {
        checkCell(step, pitchIndex);
        BitSet copy = (BitSet) cells.clone();
        copy.set(step * PianoRoll.PITCHES + pitchIndex, on);
        return new Phrase(copy);
    }

    public int activeCells() {
        return cells.cardinality();
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** 0/1 values in the flat order; the generator's input. */
    public float[] toFloats() {
        float[] out = new float[CELLS];
        writeFloats(out, 0);
        return out;
    }

    /** Writes 0/1 values into {@code dst} from {@code offset}, for batching many phrases into one array. */
    public void writeFloats(float[] dst, int offset) {
        Arrays.fill(dst, offset, offset + CELLS, 0f);
        for (int i = cells.nextSetBit(0); i >= 0; i = cells.nextSetBit(i + 1)) dst[offset + i] = 1f;
    }

    public boolean[][] toGrid() {
        boolean[][] grid = new boolean[STEPS][PianoRoll.PITCHES];
        for (int i = cells.nextSetBit(0); i >= 0; i = cells.nextSetBit(i + 1)) grid[i / PianoRoll.PITCHES][i % PianoRoll.PITCHES] = true;
        return grid;
    }

    /** Cells on in this phrase and off in {@code other}. */
    public int countNotIn(Phrase other) {
        BitSet b = (BitSet) cells.clone();
        b.andNot(other.cells);
        return b.cardinality();
    }

    BitSet bits() {
        return (BitSet) cells.clone();
    }

    private static void checkCell(int step, int pitchIndex) {
        if (step < 0 || step >= STEPS || pitchIndex < 0 || pitchIndex >= PianoRoll.PITCHES) {
            throw new IndexOutOfBoundsException("cell (" + step + ", " + pitchIndex + ") outside 64x84");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Phrase other && cells.equals(other.cells);
    }

    @Override
    public int hashCode() {
        return cells.hashCode();
    }

    @Override
    public String toString() {
        return "Phrase[" + activeCells() + " active cells]";
    }
}
