package io.genreshift.ml.nn;

import ai.djl.ndarray.types.Shape;

/**
 * The settings every bias-free 2-D convolution block shares, in DJL's builder style: kernel and filters are required
 * ({@code set*}), stride and padding optional ({@code opt*}). Subclasses only say which block they build.
 *
 * @param <B> the concrete builder, so the setters chain
 * @param <T> the block it builds
 */
public abstract class ConvBuilder<B extends ConvBuilder<B, T>, T> {
    Shape kernel;
    int filters;
    Shape stride = new Shape(1, 1);
    Shape padding = new Shape(0, 0);

    /** Kernel (kH, kW). */
    public B setKernelShape(Shape kernel) {
        this.kernel = kernel;
        return self();
    }

    /** Output channels. */
    public B setFilters(int filters) {
        this.filters = filters;
        return self();
    }

    /** Stride (sH, sW). Defaults to 1 in each dimension. */
    public B optStride(Shape stride) {
        this.stride = stride;
        return self();
    }

    /** Symmetric zero padding (pH, pW). Defaults to 0. */
    public B optPadding(Shape padding) {
        this.padding = padding;
        return self();
    }

    public T build() {
        if (kernel == null || kernel.dimension() != 2 || filters <= 0) {
            throw new IllegalArgumentException("a 2-D kernel shape and a positive number of filters must be set");
        }
        return create();
    }

    /** The settings as the block keeps them. */
    ConvGeometry geometry() {
        return new ConvGeometry(kernel, filters, stride, padding);
    }

    protected abstract B self();

    protected abstract T create();
}
