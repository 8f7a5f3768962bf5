package io.genreshift.ml.nn;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import io.genreshift.ml.engine.MxNetBackend;
import io.genreshift.ml.engine.MxNetBackend.PadMode;

/**
 * Zero padding of both spatial axes with separate amounts before and after. It reproduces TensorFlow's asymmetric
 * {@code SAME} padding in front of a VALID strided convolution (spec §2.1: 3×3 stride 2 pads (0, 1), 7×7 stride 2
 * pads (2, 3)), which a symmetric convolution padding cannot express.
 *
 * <ul>
 *   <li>data: (B, C, H, W)
 *   <li>out: (B, C, before + H + after, before + W + after)
 * </ul>
 */
public final class ZeroPad2d extends AbstractBlock {

    private static final byte VERSION = 1;
    private final int before;
    private final int after;

    private ZeroPad2d(Builder builder) {
        super(VERSION);
        before = builder.before;
        after = builder.after;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        return new NDList(MxNetBackend.pad(inputs.singletonOrThrow(), PadMode.CONSTANT, before, after, before,
                after));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] in) {
        Shape s = in[0];
        int p = before + after;
        return new Shape[] {new Shape(s.get(0), s.get(1), s.get(2) + p, s.get(3) + p)};
    }

    /** Builds a {@link ZeroPad2d}; {@link #setPadding} is required. */
    public static final class Builder {
        private int before = -1;
        private int after = -1;

        private Builder() {
        }

        /** Zeros added before (top/left) and after (bottom/right) on both spatial axes. */
        public Builder setPadding(int before, int after) {
            this.before = before;
            this.after = after;
            return this;
        }

        public ZeroPad2d build() {
            if (before < 0 || after < 0) {
                throw new IllegalArgumentException("padding must be set and non-negative, was (" + before + ", "
                        + after + ")");
            }
            return new ZeroPad2d(this);
        }
    }
}
