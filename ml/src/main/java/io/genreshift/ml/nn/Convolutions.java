package io.genreshift.ml.nn;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.TruncatedNormalInitializer;

/**
 * The one way this project makes a convolution: no bias, truncated normal (0, 0.02) kernel (spec §2), and spectral
 * normalization when asked for (spec §9).
 */
public final class Convolutions {

    /** Standard deviation of the reference's kernel initialiser. */
    public static final float INIT_STDDEV = 0.02f;

    private Convolutions() {
    }

    /**
     * The kernel parameter of every (de)convolution block here: named {@code weight}, as DJL names it, and initialised
     * from a truncated normal (0, {@value #INIT_STDDEV}).
     */
    static Parameter kernelParameter() {
        return Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT)
                .optInitializer(new TruncatedNormalInitializer(INIT_STDDEV)).build();
    }

    /**
     * A bias-free convolution with symmetric zero padding.
     *
     * @param spectralNorm whether the kernel is spectrally normalized ({@link SpectralNormConv2d})
     */
    public static Block conv2d(int filters, Shape kernel, Shape stride, Shape padding, boolean spectralNorm) {
        if (spectralNorm) {
            return SpectralNormConv2d.builder().setFilters(filters).setKernelShape(kernel).optStride(stride)
                    .optPadding(padding).build();
        }
        return BiasFreeConv2d.builder().setFilters(filters).setKernelShape(kernel).optStride(stride)
                .optPadding(padding).build();
    }

    /** A square-kernel convolution: kernel k×k, stride s, symmetric padding p. */
    public static Block conv2d(int filters, int k, int s, int p, boolean spectralNorm) {
        return conv2d(filters, new Shape(k, k), new Shape(s, s), new Shape(p, p), spectralNorm);
    }
}
