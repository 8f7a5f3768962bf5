package io.genreshift.ml.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import io.genreshift.ml.engine.MxNetBackend;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An exponential moving average of a group of networks' weights (e.g. both generators), kept beside the trained
 * weights: avg ← β·avg + (1 − β)·w after every update. Averaging damps the cycling of GAN training (Yazıcı et al.,
 * "The Unusual Effectiveness of Averaging in GAN Training", ICLR 2019), which in our runs shows as a transfer strength
 * that swings by ±20 points from one hundred iterations to the next. Every parameter is averaged, the spectral-norm
 * vector {@code u} included, so the averaged network is complete; its state goes into checkpoints.
 */
final class WeightAverage implements AutoCloseable {
    private final Map<String, Parameter> parameters;
    private final float decay;
    private final NDManager stateManager;
    private final Map<String, NDArray> averages = new LinkedHashMap<>();

    /**
     * @param decay        β in [0, 1): the average's horizon is about 1 / (1 − β) updates
     * @param stateManager owns the averages; it must outlive this object (usually the run's root manager)
     */
    WeightAverage(Map<String, Block> networks, float decay, NDManager stateManager) {
        if (!(decay >= 0 && decay < 1)) throw new IllegalArgumentException("the average's decay must be in [0, 1), was " + decay);
        this.decay = decay;
        this.stateManager = stateManager;
        Map<String, Parameter> params = new LinkedHashMap<>();
        for (Map.Entry<String, Block> net : networks.entrySet()) {
            for (Pair<String, Parameter> p : net.getValue().getParameters()) params.put(net.getKey() + "/" + p.getKey(), p.getValue());
        }
        this.parameters = Collections.unmodifiableMap(params);
    }

    /**
     * Folds the current weights into the average; the first call starts it at the current weights. Call it outside
     * any gradient recording, after the optimizer's update.
     */
    void update(NDManager scratch) {
        for (Map.Entry<String, Parameter> e : parameters.entrySet()) {
            NDArray weight = e.getValue().getArray();
            NDArray avg = averages.get(e.getKey());
            if (avg == null) {
                averages.put(e.getKey(), copy(weight));
                continue;
            }
            NDArray scaled = weight.mul(1 - decay);
            scaled.attach(scratch); // freed with the iteration
            avg.muli(decay).addi(scaled);
        }
    }

    /** Runs {@code action} with the averaged weights in the networks, then puts the trained weights back. */
    <T> T withAveragedWeights(IoAction<T> action) throws IOException {
        if (averages.isEmpty()) return action.run(); // nothing averaged yet: the weights are their own average
        Map<String, NDArray> trained = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Parameter> e : parameters.entrySet()) {
                NDArray weight = e.getValue().getArray();
                trained.put(e.getKey(), copy(weight));
                MxNetBackend.assignUntracked(weight, averages.get(e.getKey()));
            }
            return action.run();
        } finally {
            for (Map.Entry<String, NDArray> e : trained.entrySet()) {
                MxNetBackend.assignUntracked(parameters.get(e.getKey()).getArray(), e.getValue());
                e.getValue().close();
            }
        }
    }

    /** Something to do with the averaged weights in place, e.g. export them. */
    @FunctionalInterface
    interface IoAction<T> {
        T run() throws IOException;
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(averages.size());
        for (Map.Entry<String, NDArray> e : averages.entrySet()) {
            out.writeUTF(e.getKey());
            StateArrays.write(out, e.getValue());
        }
    }

    void readFrom(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n != 0 && n != parameters.size()) {
            throw new IOException("the weight average has " + n + " parameters, the networks have " + parameters.size());
        }
        Map<String, NDArray> read = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String id = in.readUTF();
            Parameter p = parameters.get(id);
            if (p == null) throw new IOException("the weight average has an unknown parameter '" + id + "'");
            read.put(id, StateArrays.read(in, stateManager, p.getArray().getShape(), "the weight average of '" + id + "'"));
        }
        close();
        averages.putAll(read);
    }

    private NDArray copy(NDArray weight) {
        NDArray c = stateManager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice());
        MxNetBackend.assignUntracked(c, weight);
        return c;
    }

    @Override
    public void close() {
        averages.values().forEach(NDArray::close);
        averages.clear();
    }
}
