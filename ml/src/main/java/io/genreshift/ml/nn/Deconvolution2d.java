package io.genreshift.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.TruncatedNormalInitializer;
import ai.djl.util.PairList;
import io.genreshift.ml.engine.MxNetBackend;

/**
 * A bias-free transposed convolution with TensorFlow's {@code conv2d_transpose(..., padding='SAME')} alignment
 * (spec §2.1): output index {@code o = s·i + k}, cropped to {@code [0, s·in)}. That is a VALID transposed convolution
 * with its trailing rows and columns dropped; PyTorch's {@code padding=1, output_padding=1} is shifted by one.
 *
 * <ul>
 *   <li>data: (B, Cin, H, W)
 *   <li>weight: (Cin, Cout, kH, kW), truncated normal (0, 0.02). This is MXNet's layout; DJL's
 *       {@code Conv2dTranspose} declares (Cout, Cin, ...) and fails whenever Cin ≠ Cout (ecosystem-notes §0.2).
 *   <li>out: (B, Cout, sH·H, sW·W)
 * </ul>
 */
public final class Deconvolution2d extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Shape kernel;
    private final int filters;
    private final Shape stride;
    private final Parameter weight;

    private Deconvolution2d(Builder builder) {
        super(VERSION);
        kernel = builder.kernel;
        filters = builder.filters;
        stride = builder.stride;
        weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT)
                .optInitializer(new TruncatedNormalInitializer(0.02f)).build());
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = ps.getValue(weight, x.getDevice(), training);
        NDArray full = MxNetBackend.deconvolution(x, w, (int) stride.get(0), (int) stride.get(1));
        long h = x.getShape().get(2) * stride.get(0);
        long wd = x.getShape().get(3) * stride.get(1);
        if (full.getShape().get(2) == h && full.getShape().get(3) == wd) {
            return new NDList(full);
        }
        return new NDList(full.get(new NDIndex(":, :, :{}, :{}", h, wd)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] in) {
        Shape s = in[0];
        return new Shape[] {new Shape(s.get(0), filters, s.get(2) * stride.get(0), s.get(3) * stride.get(1))};
    }

    @Override
    protected void prepare(Shape[] in) {
        weight.setShape(new Shape(in[0].get(1), filters, kernel.get(0), kernel.get(1)));
    }

    /** Builds a {@link Deconvolution2d}; kernel and filters are required. */
    public static final class Builder {
        private Shape kernel;
        private int filters;
        private Shape stride = new Shape(2, 2);

        private Builder() {
        }

        /** Kernel (kH, kW); must be at least the stride so that the output covers s·in. */
        public Builder setKernelShape(Shape kernel) {
            this.kernel = kernel;
            return this;
        }

        /** Output channels. */
        public Builder setFilters(int filters) {
            this.filters = filters;
            return this;
        }

        /** Upsampling stride (sH, sW). Defaults to 2 in each dimension. */
        public Builder optStride(Shape stride) {
            this.stride = stride;
            return this;
        }

        public Deconvolution2d build() {
            if (kernel == null || kernel.dimension() != 2 || filters <= 0) {
                throw new IllegalArgumentException("a 2-D kernel shape and a positive number of filters must be set");
            }
            if (kernel.get(0) < stride.get(0) || kernel.get(1) < stride.get(1)) {
                throw new IllegalArgumentException("kernel " + kernel + " is smaller than stride " + stride);
            }
            return new Deconvolution2d(this);
        }
    }
}
