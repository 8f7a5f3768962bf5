package io.genreshift.core.corpus;

import io.genreshift.core.roll.Phrase;

import java.util.List;

/**
 * An immutable, compact list of phrases (672 bytes each) with the song each one came from.
 * This is what the training and evaluation loops draw batches from.
 */
public final class PhraseSet {
    private final byte[] packed;
    private final int[] songIds;

    private PhraseSet(byte[] packed, int[] songIds) {
        if (packed.length != songIds.length * Phrase.PACKED_BYTES) {
            throw new IllegalArgumentException(packed.length + " bytes do not hold " + songIds.length + " phrases");
        }
        this.packed = packed;
        this.songIds = songIds;
    }

    /** Wraps already packed phrases; the arrays are copied. */
    public static PhraseSet ofPacked(byte[] packed, int[] songIds) {
        return new PhraseSet(packed.clone(), songIds.clone());
    }

    public static PhraseSet of(List<Phrase> phrases, int[] songIds) {
        if (phrases.size() != songIds.length) throw new IllegalArgumentException("one song id per phrase");
        byte[] packed = new byte[phrases.size() * Phrase.PACKED_BYTES];
        for (int i = 0; i < phrases.size(); i++) {
            System.arraycopy(phrases.get(i).toPackedBytes(), 0, packed, i * Phrase.PACKED_BYTES, Phrase.PACKED_BYTES);
        }
        return new PhraseSet(packed, songIds.clone());
    }

    /** Phrases that all count as one song each (song id = index); for tests and ad-hoc sets. */
    public static PhraseSet of(List<Phrase> phrases) {
        int[] ids = new int[phrases.size()];
        for (int i = 0; i < ids.length; i++) ids[i] = i;
        return of(phrases, ids);
    }

    public int size() {
        return songIds.length;
    }

    public Phrase get(int index) {
        return Phrase.fromPackedBytes(packed, index * Phrase.PACKED_BYTES);
    }

    public int songId(int index) {
        return songIds[index];
    }

    /** Writes phrases {@code indices} as 0/1 floats, back to back, into {@code dst} (length ≥ indices × 5376). */
    public void writeBatch(int[] indices, float[] dst) {
        for (int b = 0; b < indices.length; b++) get(indices[b]).writeFloats(dst, b * Phrase.CELLS);
    }

    /** The phrases at {@code indices}, in that order, with their song ids. */
    public PhraseSet subset(int[] indices) {
        byte[] out = new byte[indices.length * Phrase.PACKED_BYTES];
        int[] ids = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(packed, indices[i] * Phrase.PACKED_BYTES, out, i * Phrase.PACKED_BYTES, Phrase.PACKED_BYTES);
            ids[i] = songIds[indices[i]];
        }
        return new PhraseSet(out, ids);
    }

    /** A copy of the packed bytes, e.g. to write them to a file. */
    public byte[] packedBytes() {
        return packed.clone();
    }

    public int[] songIds() {
        return songIds.clone();
    }
}
