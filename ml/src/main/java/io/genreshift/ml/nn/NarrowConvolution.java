package io.genreshift.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

/**
 * A bias-free convolution that stays fast when it has a single output channel (the generator's last 7×7 conv, the
 * discriminator's score conv). MKL-DNN handles one output channel poorly: on (16, 64, 70, 90) with a 7×7 kernel,
 * 1 filter took 298–758 ms and 8 filters summed 176–359 ms ({@code genreshift bench --kernels}). So the kernel is padded with zero filters to {@value #WIDTH}
 * and the outputs are summed over channels, which adds only zeros to the real output.
 */
final class NarrowConvolution {

    static final int WIDTH = 8;

    private NarrowConvolution() {
    }

    /**
     * @param x (B, Cin, H, W)
     * @param w (Cout, Cin, kH, kW)
     * @return (B, Cout, H', W'), as {@code Conv2d.conv2d(x, w, null, stride, padding)}
     */
    static NDArray convolve(NDArray x, NDArray w, Shape stride, Shape padding) {
        Shape ws = w.getShape();
        if (ws.get(0) != 1) {
            return Conv2d.conv2d(x, w, null, stride, padding).singletonOrThrow();
        }
        // zeros first: the concatenation then belongs to the step's manager, not to the parameter's
        NDArray zeros = x.getManager().zeros(new Shape(WIDTH - 1, ws.get(1), ws.get(2), ws.get(3)), w.getDataType());
        NDArray wide = NDArrays.concat(new NDList(zeros, w), 0);
        return Conv2d.conv2d(x, wide, null, stride, padding).singletonOrThrow().sum(new int[] {1}, true);
    }
}
