package io.genreshift.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.TruncatedNormalInitializer;
import ai.djl.util.PairList;
import io.genreshift.ml.engine.MxNetBackend;

/**
 * A bias-free 2-D convolution whose kernel is divided by its largest singular value (spectral normalization,
 * Miyato et al. 2018), as in the 2019 follow-up's {@code conv2d(..., sn=True)} (spec §9).
 *
 * <ul>
 *   <li>data: (B, Cin, H, W)
 *   <li>weight: (Cout, Cin, kH, kW), truncated normal (0, 0.02)
 *   <li>u: (1, Cout), the persistent power-iteration vector; saved with the weights, never trained
 *   <li>out: (B, Cout, (H + 2p − kH) / s + 1, (W + 2p − kW) / s + 1)
 * </ul>
 *
 * <p>Each forward pass runs one power iteration (also at inference, as the reference does) and stores the new
 * {@code u}. As in the reference, gradients flow through {@code v} and the new {@code u}.
 */
public final class SpectralNormConv2d extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final float L2_EPS = 1e-12f;

    private final ConvGeometry geometry;
    private final Parameter weight;
    private final Parameter u;

    private SpectralNormConv2d(ConvGeometry geometry) {
        super(VERSION);
        this.geometry = geometry;
        weight = addParameter(Convolutions.kernelParameter());
        u = addParameter(Parameter.builder().setName("u").setType(Parameter.Type.OTHER)
                .optInitializer(new TruncatedNormalInitializer(1f)).optRequiresGrad(false).build());
    }

    /** Kernel and filters are required; stride 1 and padding 0 by default. */
    public static ConvBuilder<SpectralNormConv2d> builder() {
        return new ConvBuilder<>(SpectralNormConv2d::new);
    }

    /**
     * One power iteration on {@code weight} seen as a (Cout, Cin·kH·kW) matrix W, starting from {@code u}; writes the
     * new estimate back into {@code u} and returns W / σ.
     *
     * <p>v = l2n(u·W); u' = l2n(v·Wᵀ); σ = v·Wᵀ·u'ᵀ, with l2n(x) = x / (‖x‖ + 1e-12). The same singular values as the
     * reference's (kH·kW·Cin, Cout) reshape, which is this matrix transposed.
     *
     * @param weight (Cout, ...) any kernel shape
     * @param u (1, Cout); updated in place, outside autograd
     * @return the normalized kernel, same shape as {@code weight}
     */
    public static NDArray spectralNormalize(NDArray weight, NDArray u) {
        return spectralNormalize(weight, u, weight.getManager());
    }

    /**
     * As {@link #spectralNormalize(NDArray, NDArray)}, with every temporary owned by {@code scope}. An op's result
     * belongs to its first input's manager, so without this the per-forward temporaries would pile up in the
     * long-lived parameter manager.
     */
    static NDArray spectralNormalize(NDArray weight, NDArray u, NDManager scope) {
        long cout = weight.getShape().get(0);
        NDArray w = StepScope.own(weight.reshape(cout, -1), scope);        // (Cout, K)
        NDArray u0 = StepScope.own(u.duplicate(), scope);                 // keeps backward's copy safe from the update
        NDArray v = l2Normalize(u0.matMul(w));                      // (1, K)
        NDArray vw = v.matMul(w.transpose());                       // (1, Cout)
        NDArray uNext = l2Normalize(vw);                            // (1, Cout)
        NDArray sigma = vw.mul(uNext).sum();                        // scalar
        MxNetBackend.assignUntracked(u, uNext);
        return w.div(sigma).reshape(weight.getShape());
    }

    private static NDArray l2Normalize(NDArray x) {
        return x.div(x.norm().add(L2_EPS));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = ps.getValue(weight, x.getDevice(), training);
        NDArray uArray = ps.getValue(u, x.getDevice(), training);
        return new NDList(geometry.convolve(x, spectralNormalize(w, uArray, x.getManager())));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] in) {
        return new Shape[] {geometry.outputShape(in[0])};
    }

    @Override
    protected void prepare(Shape[] in) {
        weight.setShape(geometry.weightShape(in[0]));
        u.setShape(new Shape(1, geometry.filters()));
    }
}
