package io.genreshift.ml.model;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

/** Counting a network's weights the way the papers do. */
public final class ParameterCount {

    private ParameterCount() {
    }

    /**
     * Trainable scalars of an initialised block: every parameter that receives gradients (spectral norm's {@code u}
     * is state, not a weight, so it is left out, as PyTorch and TF leave it out).
     */
    public static long trainable(Block block) {
        return block.getParameters().values().stream()
                .filter(Parameter::requiresGradient)
                .mapToLong(p -> p.getShape().size())
                .sum();
    }
}
