package io.genreshift.ml.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adam over the parameters of a group of networks (e.g. both generators), with state that a checkpoint can save.
 *
 * <p>DJL's {@code Adam} keeps its moments in private maps that cannot be saved, so a resumed run would restart them at
 * zero. This class keeps the moments itself and applies the same fused update DJL uses ({@code adamUpdate}, i.e.
 * TF/Kingma–Ba Adam with the bias correction folded into the step size), so it is the reference optimizer with
 * exportable state. It reads each parameter's gradient from the last {@code backward}; call {@link #step} once per
 * backward pass (MXNet overwrites gradients, it does not accumulate them).
 */
public final class AdamOptimizer implements AutoCloseable {
    private final Map<String, Parameter> parameters;
    private final float beta1;
    private final float beta2;
    private final float epsilon;
    private final NDManager stateManager;
    private final Map<String, NDArray> means = new LinkedHashMap<>();
    private final Map<String, NDArray> variances = new LinkedHashMap<>();
    private long steps;

    /**
     * @param networks     the group, by a stable name that prefixes its parameter ids in checkpoints
     * @param stateManager owns the moment arrays; it must outlive the optimizer (usually the run's root manager)
     */
    public AdamOptimizer(Map<String, Block> networks, float beta1, float beta2, float epsilon, NDManager stateManager) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.stateManager = stateManager;
        Map<String, Parameter> params = new LinkedHashMap<>();
        for (Map.Entry<String, Block> net : networks.entrySet()) {
            for (Pair<String, Parameter> p : net.getValue().getParameters()) {
                // Parameters without gradient (e.g. the spectral-norm vector u) are state, not trained weights.
                if (p.getValue().requiresGradient()) params.put(net.getKey() + "/" + p.getKey(), p.getValue());
            }
        }
        this.parameters = Collections.unmodifiableMap(params);
    }

    /** Number of updates applied so far (Adam's t). */
    public long steps() {
        return steps;
    }

    public List<String> parameterIds() {
        return new ArrayList<>(parameters.keySet());
    }

    /**
     * Applies one Adam update with the gradients of the last backward pass.
     *
     * @param scratch the iteration's manager: the gradient handles are moved there and freed with it. Closing each
     *                handle right away would make MXNet wait for every single update before queuing the next one.
     */
    public void step(float learningRate, NDManager scratch) {
        steps++;
        double correction = Math.sqrt(1 - Math.pow(beta2, steps)) / (1 - Math.pow(beta1, steps));
        float correctedRate = (float) (learningRate * correction);
        for (Map.Entry<String, Parameter> e : parameters.entrySet()) {
            NDArray weight = e.getValue().getArray();
            NDArray mean = means.computeIfAbsent(e.getKey(), k -> zerosLike(weight));
            NDArray variance = variances.computeIfAbsent(e.getKey(), k -> zerosLike(weight));
            // getGradient() wraps the gradient buffer in a new handle on the weight's (long-lived) manager.
            NDArray grad = weight.getGradient();
            grad.attach(scratch);
            weight.getNDArrayInternal().adamUpdate(new NDList(weight, grad, mean, variance), new NDList(weight),
                    learningRate, correctedRate, 0f, 1f, -1f, beta1, beta2, epsilon, true, false);
        }
    }

    private NDArray zerosLike(NDArray weight) {
        return stateManager.zeros(weight.getShape(), weight.getDataType(), weight.getDevice());
    }

    /** Writes t and both moments of every parameter. */
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeLong(steps);
        out.writeInt(parameters.size());
        for (String id : parameters.keySet()) {
            NDArray weight = parameters.get(id).getArray();
            out.writeUTF(id);
            StateArrays.write(out, means.computeIfAbsent(id, k -> zerosLike(weight)));
            StateArrays.write(out, variances.computeIfAbsent(id, k -> zerosLike(weight)));
        }
    }

    /** Restores the state written by {@link #writeTo}; the parameter ids and shapes must match. */
    public void readFrom(DataInputStream in) throws IOException {
        long t = in.readLong();
        int n = in.readInt();
        if (n != parameters.size()) {
            throw new IOException("optimizer state has " + n + " parameters, the networks have " + parameters.size());
        }
        Map<String, NDArray> newMeans = new LinkedHashMap<>();
        Map<String, NDArray> newVariances = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String id = in.readUTF();
            Parameter p = parameters.get(id);
            if (p == null) throw new IOException("optimizer state for unknown parameter '" + id + "'");
            newMeans.put(id, readArray(in, p, id));
            newVariances.put(id, readArray(in, p, id));
        }
        close();
        means.putAll(newMeans);
        variances.putAll(newVariances);
        steps = t;
    }

    private NDArray readArray(DataInputStream in, Parameter p, String id) throws IOException {
        return StateArrays.read(in, stateManager, p.getArray().getShape(), "optimizer state of '" + id + "'");
    }

    @Override
    public void close() {
        means.values().forEach(NDArray::close);
        variances.values().forEach(NDArray::close);
        means.clear();
        variances.clear();
    }
}
