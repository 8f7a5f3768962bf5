package io.genreshift.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
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

    private final ConvGeometry geometry;
    private final Parameter weight;

    private BiasFreeConv2d(ConvGeometry geometry) {
        super(VERSION);
        this.geometry = geometry;
        weight = addParameter(Convolutions.kernelParameter());
    }

    /** Kernel and filters are required; stride 1 and padding 0 by default. */
    public static ConvBuilder<BiasFreeConv2d> builder() {
        return new ConvBuilder<>(BiasFreeConv2d::new);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = ps.getValue(weight, x.getDevice(), training);
        return new NDList(geometry.convolve(x, w));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] in) {
        return new Shape[] {geometry.outputShape(in[0])};
    }

    @Override
    protected void prepare(Shape[] in) {
        weight.setShape(geometry.weightShape(in[0]));
    }
}
