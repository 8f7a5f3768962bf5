package io.genreshift.ml.nn;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.genreshift.ml.engine.MxNetBackend;
import io.genreshift.ml.engine.MxNetBackend.PadMode;

/**
 * Reflection padding of both spatial axes, TF/numpy "REFLECT" (the edge sample is not repeated): padding
 * {@code [a b c d]} by 2 gives {@code [c b a b c d c b]}. Used before the generator's VALID convolutions.
 *
 * <ul>
 *   <li>data: (B, C, H, W), with H and W greater than the padding
 *   <li>out: (B, C, H + 2p, W + 2p)
 * </ul>
 */
public final class ReflectionPad2d extends AbstractBlock {

    private static final byte VERSION = 1;
    private final int padding;

    private ReflectionPad2d(Builder builder) {
        super(VERSION);
        padding = builder.padding;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        return new NDList(MxNetBackend.pad(inputs.singletonOrThrow(), PadMode.REFLECT, padding, padding, padding,
                padding));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] in) {
        Shape s = in[0];
        return new Shape[] {new Shape(s.get(0), s.get(1), s.get(2) + 2L * padding, s.get(3) + 2L * padding)};
    }

    /** Builds a {@link ReflectionPad2d}; {@link #setPadding} is required. */
    public static final class Builder {
        private int padding = -1;

        private Builder() {
        }

        /** Samples added on each side of both spatial axes. */
        public Builder setPadding(int padding) {
            this.padding = padding;
            return this;
        }

        public ReflectionPad2d build() {
            if (padding < 0) {
                throw new IllegalArgumentException("padding must be set and non-negative, was " + padding);
            }
            return new ReflectionPad2d(this);
        }
    }
}
