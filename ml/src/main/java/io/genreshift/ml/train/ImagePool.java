package io.genreshift.ml.train;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference's batch-level history of generated images (spec §7.3), which the discriminators of the partial and
 * full models see instead of always the newest fakes.
 *
 * <p>While it holds fewer than {@code capacity} pairs it stores the current pair and returns it. After that, with
 * probability ½ it returns the stored A batch of one random slot and the stored B batch of an independent random slot,
 * putting the current batches in their place; otherwise it returns the current pair. Unlike the original CycleGAN
 * pool it swaps whole batches, not single images.
 */
public final class ImagePool {
    private final int capacity;
    private final List<float[]> storedA = new ArrayList<>();
    private final List<float[]> storedB = new ArrayList<>();

    public ImagePool(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("pool capacity must be ≥ 0: " + capacity);
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    public int size() {
        return storedA.size();
    }

    /** Returns the pair the discriminators train on this iteration; may swap {@code current} into the pool. */
    public FakePair query(FakePair current, TrainingRandom random) {
        if (capacity == 0) return current;
        if (storedA.size() < capacity) {
            storedA.add(current.fakeA());
            storedB.add(current.fakeB());
            return current;
        }
        if (random.nextDouble() < 0.5) return current;
        int slotA = random.nextInt(capacity);
        float[] oldA = storedA.set(slotA, current.fakeA());
        int slotB = random.nextInt(capacity);
        float[] oldB = storedB.set(slotB, current.fakeB());
        return new FakePair(oldA, oldB);
    }

    /** Writes the stored batches for a checkpoint. */
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(capacity);
        out.writeInt(storedA.size());
        for (int i = 0; i < storedA.size(); i++) {
            writeFloats(out, storedA.get(i));
            writeFloats(out, storedB.get(i));
        }
    }

    /** Reads a pool written by {@link #writeTo}. */
    public static ImagePool readFrom(DataInputStream in) throws IOException {
        ImagePool pool = new ImagePool(in.readInt());
        int n = in.readInt();
        if (n < 0 || n > pool.capacity) throw new IOException("image pool holds " + n + " of at most " + pool.capacity);
        for (int i = 0; i < n; i++) {
            pool.storedA.add(readFloats(in));
            pool.storedB.add(readFloats(in));
        }
        return pool;
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(values.length * Float.BYTES);
        buf.asFloatBuffer().put(values);
        out.write(buf.array());
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 26) throw new IOException("implausible batch size in image pool: " + n + " floats");
        byte[] bytes = new byte[n * Float.BYTES];
        in.readFully(bytes);
        float[] values = new float[n];
        java.nio.ByteBuffer.wrap(bytes).asFloatBuffer().get(values);
        return values;
    }
}
