package io.genreshift.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * The shape side of a bias-free 2-D convolution: kernel (kH, kW), output channels, stride (sH, sW) and symmetric zero
 * padding (pH, pW). {@link BiasFreeConv2d} and {@link SpectralNormConv2d} differ only in what they do to the kernel.
 */
record ConvGeometry(Shape kernel, int filters, Shape stride, Shape padding) {

    /** (B, Cout, (H + 2pH − kH) / sH + 1, (W + 2pW − kW) / sW + 1) for an input (B, Cin, H, W). */
    Shape outputShape(Shape in) {
        long h = (in.get(2) + 2 * padding.get(0) - kernel.get(0)) / stride.get(0) + 1;
        long w = (in.get(3) + 2 * padding.get(1) - kernel.get(1)) / stride.get(1) + 1;
        return new Shape(in.get(0), filters, h, w);
    }

    /** (Cout, Cin, kH, kW) for an input (B, Cin, H, W). */
    Shape weightShape(Shape in) {
        return new Shape(filters, in.get(1), kernel.get(0), kernel.get(1));
    }

    /** {@code x} (B, Cin, H, W) convolved with {@code w} (Cout, Cin, kH, kW) at this stride and padding. */
    NDArray convolve(NDArray x, NDArray w) {
        return NarrowConvolution.convolve(x, w, stride, padding);
    }
}
