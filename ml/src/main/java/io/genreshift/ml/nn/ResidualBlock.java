package io.genreshift.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A residual unit {@code ReLU(x + body(x))}. Unlike the standard CycleGAN block, the reference generator applies a
 * ReLU <em>after</em> the skip addition (spec §3).
 *
 * <ul>
 *   <li>data: (B, C, H, W)
 *   <li>body: any block that keeps the shape
 *   <li>out: (B, C, H, W)
 * </ul>
 */
public final class ResidualBlock extends AbstractBlock {

    private static final byte VERSION = 1;
    private final Block body;

    private ResidualBlock(Builder builder) {
        super(VERSION);
        body = addChildBlock("body", builder.body);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray y = body.forward(ps, inputs, training, params).singletonOrThrow();
        return new NDList(Activation.relu(y.add(x)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] in) {
        return new Shape[] {in[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        body.initialize(manager, dataType, inputShapes);
    }

    /** Builds a {@link ResidualBlock}; the body is required. */
    public static final class Builder {
        private Block body;

        private Builder() {
        }

        /** The residual path; its output must have the input's shape. */
        public Builder setBody(Block body) {
            this.body = body;
            return this;
        }

        public ResidualBlock build() {
            if (body == null) {
                throw new IllegalArgumentException("the residual body must be set");
            }
            return new ResidualBlock(this);
        }
    }
}
