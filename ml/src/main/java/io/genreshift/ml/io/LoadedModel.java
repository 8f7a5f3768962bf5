package io.genreshift.ml.io;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.training.ParameterStore;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A verified network in memory, ready for inference. It owns the native memory of its weights: close it when done.
 *
 * <p><b>Threading.</b> ML work must run on one thread at a time: MXNet's autograd state is global and a
 * {@code GradientCollector} cannot be nested (ecosystem notes §0.4), and DJL blocks are not thread-safe. The app runs
 * all ML jobs on a single worker thread; the CLI runs them on its main thread.
 */
public final class LoadedModel implements AutoCloseable {
    private final Path file;
    private final ModelSidecar sidecar;
    private final Block block;
    private final NDManager manager;

    /** Non-trained state as loaded (spectral norm's {@code u}), restored before every pass. */
    private final List<StoredState> storedState = new ArrayList<>();

    private record StoredState(Parameter parameter, float[] values) {
    }

    LoadedModel(Path file, ModelSidecar sidecar, Block block, NDManager manager) {
        this.file = file;
        this.sidecar = sidecar;
        this.block = block;
        this.manager = manager;
        for (Pair<String, Parameter> p : block.getParameters()) {
            Parameter parameter = p.getValue();
            if (parameter.getType() == Parameter.Type.OTHER && parameter.isInitialized()) {
                storedState.add(new StoredState(parameter, parameter.getArray().toFloatArray()));
            }
        }
    }

    /**
     * Puts the network's non-trained state back to what the file holds. Spectral normalization runs one power
     * iteration per forward pass, also at inference (as the reference does), and stores the new {@code u}; without
     * this, transferring the same song twice could differ in a few cells. {@link #forward} calls it; call it before
     * your own passes through {@link #block()}.
     */
    public void restoreStoredState() {
        for (StoredState s : storedState) s.parameter().getArray().set(s.values());
    }

    public ModelCard card() {
        return sidecar.model();
    }

    public ModelSidecar sidecar() {
        return sidecar;
    }

    /** The weights file this model was loaded from. */
    public Path file() {
        return file;
    }

    /** The network itself, for gradient work such as saliency. */
    public Block block() {
        return block;
    }

    /** The manager that holds the weights; create per-call arrays in a {@code newSubManager()} of it. */
    public NDManager manager() {
        return manager;
    }

    /**
     * Runs {@code count} phrases, given as 0/1 floats back to back ({@code count × 5376}, NCHW (count,1,64,84)),
     * through the network in inference mode and returns its output flattened: {@code count × 5376} values in (0,1) for
     * a generator, {@code count × classes} logits for a classifier. The same input always gives the same output
     * (see {@link #restoreStoredState()}).
     */
    public float[] forward(float[] phrases, int count) {
        if (phrases.length != count * Phrase.CELLS) {
            throw new IllegalArgumentException(count + " phrases need " + count * Phrase.CELLS + " values, got " + phrases.length);
        }
        if (count == 0) return new float[0];
        restoreStoredState();
        try (NDManager step = manager.newSubManager()) {
            NDArray x = step.create(phrases, new Shape(count, 1, Phrase.STEPS, PianoRoll.PITCHES));
            NDArray y = block.forward(new ParameterStore(step, false), new NDList(x), false).singletonOrThrow();
            return y.toFloatArray();
        }
    }

    /**
     * Like {@link #forward(float[], int)}, in batches of at most {@code maxBatch} phrases so that long inputs do not
     * need one huge activation buffer; the results are concatenated in order.
     */
    public float[] forward(float[] phrases, int count, int maxBatch) {
        if (count <= maxBatch) return forward(phrases, count);
        float[] out = null;
        int perPhrase = 0;
        for (int from = 0; from < count; from += maxBatch) {
            int n = Math.min(maxBatch, count - from);
            float[] chunk = forward(Arrays.copyOfRange(phrases, from * Phrase.CELLS, (from + n) * Phrase.CELLS), n);
            if (out == null) {
                perPhrase = chunk.length / n;
                out = new float[count * perPhrase];
            }
            System.arraycopy(chunk, 0, out, from * perPhrase, chunk.length);
        }
        return out;
    }

    @Override
    public void close() {
        manager.close();
    }

    @Override
    public String toString() {
        return card().describe() + " from " + file;
    }
}
