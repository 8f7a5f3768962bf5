package io.genreshift.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import ai.djl.nn.convolutional.Conv2d;
import io.genreshift.ml.engine.MxNetBackend;
import io.genreshift.ml.engine.MxNetBackend.PadMode;

/**
 * A bias-free transposed convolution with TensorFlow's {@code conv2d_transpose(..., padding='SAME')} alignment
 * (spec §2.1): output index {@code o = s·i + k}, cropped to {@code [0, s·in)}. That is a VALID transposed convolution
 * with its trailing rows and columns dropped; PyTorch's {@code padding=1, output_padding=1} is shifted by one.
 *
 * <ul>
 *   <li>data: (B, Cin, H, W)
 *   <li>weight: (Cin, Cout, K, K), truncated normal (0, 0.02). This is MXNet's layout; DJL's
 *       {@code Conv2dTranspose} declares (Cout, Cin, ...) and fails whenever Cin ≠ Cout (ecosystem-notes §0.2).
 *   <li>out: (B, Cout, s·H, s·W)
 * </ul>
 */
public final class Deconvolution2d extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int kernel;
    private final int filters;
    private final int stride;
    private final Parameter weight;

    private Deconvolution2d(Builder builder) {
        super(VERSION);
        kernel = builder.kernel;
        filters = builder.filters;
        stride = builder.stride;
        weight = addParameter(Convolutions.kernelParameter());
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray w = ps.getValue(weight, x.getDevice(), training);
        if (!MxNetBackend.isRecording()) {
            // Inference: the native op is about 3× faster; crop to TF's SAME extent.
            NDArray full = MxNetBackend.deconvolution(x, w, stride);
            long h = x.getShape().get(2) * stride;
            long wd = x.getShape().get(3) * stride;
            return new NDList(full.get(new NDIndex(":, :, :{}, :{}", h, wd)));
        }
        return new NDList(subPixel(x, w, stride));
    }

    /**
     * The transposed convolution as one ordinary convolution plus a pixel shuffle ("sub-pixel"
     * decomposition). Output row {@code o = s·r + φ} collects taps {@code k = φ + s·q} from input rows {@code r − q};
     * so after zero-padding the kernel to K' = s·n (n = ⌈K/s⌉) and the input by n − 1 at the top and left, each phase
     * φ is an n×n convolution, and all s² phases are one convolution with s²·Cout filters, interleaved by a pixel shuffle. Rows beyond s·H are never
     * produced, which is exactly TF's SAME crop.
     *
     * <p>Used whenever autograd records. Why not MXNet's own deconvolution there: with MKL-DNN its backward pass crashes the JVM (SIGSEGV) when one weight
     * feeds two deconvolutions in a recorded graph, which every CycleGAN generator step does (G_AB(x) and
     * G_AB(G_BA(y))).
     *
     * @param x (B, Cin, H, W)
     * @param w (Cin, Cout, K, K)
     * @return (B, Cout, s·H, s·W)
     */
    public static NDArray subPixel(NDArray x, NDArray w, int s) {
        long cin = w.getShape().get(0);
        long cout = w.getShape().get(1);
        int k = (int) w.getShape().get(2);
        int n = (k + s - 1) / s;
        NDArray kernel = StepScope.own(w.reshape(cin, cout, k, k), x.getManager());
        if (n * s != k) {
            kernel = MxNetBackend.pad(kernel, PadMode.CONSTANT, 0, n * s - k, 0, n * s - k);
        }
        kernel = kernel.reshape(cin, cout, n, s, n, s)        // (Cin, Cout, q_h, φ_h, q_w, φ_w), k = s·q + φ
                .flip(2, 4)                                     // position p = n − 1 − q
                .transpose(1, 3, 5, 0, 2, 4)                    // (Cout, φ_h, φ_w, Cin, p_h, p_w)
                .reshape(s * s * cout, cin, n, n);
        NDArray padded = n > 1 ? MxNetBackend.pad(x, PadMode.CONSTANT, n - 1, 0, n - 1, 0) : x;
        NDArray phases = Conv2d.conv2d(padded, kernel, null, new Shape(1, 1), new Shape(0, 0))
                .singletonOrThrow();                                          // (B, s²·Cout, H, W)
        return MxNetBackend.pixelShuffle(phases, s);                          // (B, Cout, s·H, s·W)
    }

    @Override
    public Shape[] getOutputShapes(Shape[] in) {
        Shape s = in[0];
        return new Shape[] {new Shape(s.get(0), filters, s.get(2) * stride, s.get(3) * stride)};
    }

    @Override
    protected void prepare(Shape[] in) {
        weight.setShape(new Shape(in[0].get(1), filters, kernel, kernel));
    }

    /** Builds a {@link Deconvolution2d}; kernel size and filters are required. */
    public static final class Builder {
        private int kernel;
        private int filters;
        private int stride = 2;

        private Builder() {
        }

        /** Square kernel size K; with TF's SAME alignment it must be the stride or the stride + 1. */
        public Builder setKernelSize(int kernel) {
            this.kernel = kernel;
            return this;
        }

        /** Output channels. */
        public Builder setFilters(int filters) {
            this.filters = filters;
            return this;
        }

        /** Upsampling factor s on both axes. Defaults to 2. */
        public Builder optStride(int stride) {
            this.stride = stride;
            return this;
        }

        public Deconvolution2d build() {
            if (filters <= 0 || stride < 2) {
                throw new IllegalArgumentException("filters must be positive and the stride at least 2, got "
                        + filters + " and " + stride);
            }
            // TF SAME crops floor((K − s) / 2) leading rows; only K ∈ {s, s + 1} crop nothing there.
            if (kernel != stride && kernel != stride + 1) {
                throw new IllegalArgumentException("kernel " + kernel + " with stride " + stride
                        + " needs a leading crop; only kernel = stride or stride + 1 is supported");
            }
            return new Deconvolution2d(this);
        }
    }
}
