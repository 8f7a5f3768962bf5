package io.genreshift.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.TruncatedNormalInitializer;
import ai.djl.util.PairList;

/**
 * The reference's plain 2-D convolution: no bias, kernel initialised from a truncated normal (0, 0.02) (spec §2).
 *
 * <ul>
 *   <li>data: (B, Cin, H, W)
 *   <li>weight: (Cout, Cin, kH, kW)
 *   <li>out: (B, Cout, (H + 2p − kH) / s + 1, (W + 2p − kW) / s + 1)
 * </ul>
 */
public final class BiasFreeConv2d extends AbstractBlock {

    /**
     * DJL's {@code Convolution} encoding version: the same bytes (version, input shapes, weight), so parameters saved
     * from a bias-free DJL {@code Conv2d} load into this block.
     */
    private static final byte VERSION = 3;

    private final Shape kernel;
    private final int filters;
    private final Shape stride;
    private final Shape padding;
    private final Parameter weight;

    private BiasFreeConv2d(Builder builder) {
        super(VERSION);
        kernel = builder.kernel;
        filters = builder.filters;
        stride = builder.stride;
        padding = builder.padding;
        weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT)
                .optInitializer(new TruncatedNormalInitializer(Convolutions.INIT_STDDEV)).build());
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = ps.getValue(weight, x.getDevice(), training);
        return new NDList(NarrowConvolution.convolve(x, w, stride, padding));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] in) {
        Shape s = in[0];
        long h = (s.get(2) + 2 * padding.get(0) - kernel.get(0)) / stride.get(0) + 1;
        long w = (s.get(3) + 2 * padding.get(1) - kernel.get(1)) / stride.get(1) + 1;
        return new Shape[] {new Shape(s.get(0), filters, h, w)};
    }

    @Override
    protected void prepare(Shape[] in) {
        weight.setShape(new Shape(filters, in[0].get(1), kernel.get(0), kernel.get(1)));
    }

    /** Builds a {@link BiasFreeConv2d}; kernel and filters are required. */
    public static final class Builder extends ConvBuilder<Builder, BiasFreeConv2d> {
        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected BiasFreeConv2d create() {
            return new BiasFreeConv2d(this);
        }
    }
}
