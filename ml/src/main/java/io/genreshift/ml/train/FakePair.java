package io.genreshift.ml.train;

/**
 * One iteration's generated batches, as flat (B, 1, 64, 84) floats: {@code fakeA} = G_B→A(x_B), {@code fakeB} =
 * G_A→B(x_A). Arrays are shared, not copied: treat them as read-only.
 */
public record FakePair(float[] fakeA, float[] fakeB) {
    public FakePair {
        if (fakeA.length != fakeB.length) {
            throw new IllegalArgumentException("fake batches differ in size: " + fakeA.length + " vs " + fakeB.length);
        }
    }
}
