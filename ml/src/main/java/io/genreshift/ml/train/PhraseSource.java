package io.genreshift.ml.train;

import io.genreshift.core.corpus.PhraseSet;
import io.genreshift.core.roll.Phrase;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** One or more phrase sets seen as a single indexable list, e.g. the mixed set M = A_train ∪ B_train. */
final class PhraseSource {
    private final List<PhraseSet> sets;
    private final int[] offsets;

    PhraseSource(List<PhraseSet> sets) {
        this.sets = List.copyOf(sets);
        this.offsets = new int[sets.size() + 1];
        for (int i = 0; i < sets.size(); i++) offsets[i + 1] = offsets[i] + sets.get(i).size();
    }

    /** SHA-256 of the phrases themselves: the same for the same data however its folder was prepared or named. */
    String sha256() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (PhraseSet set : sets) d.update(set.packedBytes());
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    int size() {
        return offsets[offsets.length - 1];
    }

    /** Writes phrases {@code indices[from..from+count)} back to back as 0/1 floats into {@code dst}. */
    void writeBatch(int[] indices, int from, int count, float[] dst) {
        for (int b = 0; b < count; b++) {
            int global = indices[from + b];
            int s = 0;
            while (global >= offsets[s + 1]) s++;
            sets.get(s).get(global - offsets[s]).writeFloats(dst, b * Phrase.CELLS);
        }
    }
}
