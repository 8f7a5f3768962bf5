package io.genreshift.ml.nn;

import ai.djl.ndarray.types.Shape;

import java.util.function.Function;

/**
 * Builds a bias-free 2-D convolution block in DJL's builder style: kernel and filters are required ({@code set*}),
 * stride and padding optional ({@code opt*}). The block is made from the resulting {@link ConvGeometry}, so
 * {@link BiasFreeConv2d} and {@link SpectralNormConv2d} need no builder of their own.
 *
 * @param <T> the block it builds
 */
public final class ConvBuilder<T> {
    private final Function<ConvGeometry, T> block;
    private Shape kernel;
    private int filters;
    private Shape stride = new Shape(1, 1);
    private Shape padding = new Shape(0, 0);

    ConvBuilder(Function<ConvGeometry, T> block) {
        this.block = block;
    }

    /** Kernel (kH, kW). */
    public ConvBuilder<T> setKernelShape(Shape kernel) {
        this.kernel = kernel;
        return this;
    }

    /** Output channels. */
    public ConvBuilder<T> setFilters(int filters) {
        this.filters = filters;
        return this;
    }

    /** Stride (sH, sW). Defaults to 1 in each dimension. */
    public ConvBuilder<T> optStride(Shape stride) {
        this.stride = stride;
        return this;
    }

    /** Symmetric zero padding (pH, pW). Defaults to 0. */
    public ConvBuilder<T> optPadding(Shape padding) {
        this.padding = padding;
        return this;
    }

    public T build() {
        if (kernel == null || kernel.dimension() != 2 || filters <= 0) {
            throw new IllegalArgumentException("a 2-D kernel shape and a positive number of filters must be set");
        }
        return block.apply(new ConvGeometry(kernel, filters, stride, padding));
    }
}
