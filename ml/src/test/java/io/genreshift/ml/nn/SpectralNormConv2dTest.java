package io.genreshift.ml.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import org.junit.jupiter.api.Test;

class SpectralNormConv2dTest {

    private static final int OUT = 8;
    private static final int IN = 4;

    @Test
    void normalizedKernelHasLargestSingularValueOne() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block conv = SpectralNormConv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(OUT).build();
            Blocks4d.init(conv, m, new Shape(1, IN, 6, 6));
            NDArray x = m.randomUniform(0, 1, new Shape(1, IN, 6, 6));
            for (int i = 0; i < 40; i++) {             // one power iteration per forward: let u converge
                Blocks4d.forward(conv, m, x);
            }
            NDArray weight = conv.getParameters().get("weight").getArray();
            NDArray u = conv.getParameters().get("u").getArray();
            double rawSigma = largestSingularValue(weight.toFloatArray(), OUT);
            assertThat(rawSigma).as("the test needs a kernel that is not already normalized")
                    .isLessThan(0.5);

            float[] normalized = SpectralNormConv2d.spectralNormalize(weight, u).toFloatArray();
            assertThat(largestSingularValue(normalized, OUT)).isCloseTo(1.0, within(1e-3));
        }
    }

    @Test
    void forwardConvolvesWithTheNormalizedKernel() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block conv = SpectralNormConv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(OUT)
                    .optPadding(new Shape(1, 1)).build();
            Blocks4d.init(conv, m, new Shape(2, IN, 6, 6));
            NDArray x = m.randomUniform(0, 1, new Shape(2, IN, 6, 6));
            NDArray y = null;
            for (int i = 0; i < 40; i++) {
                y = Blocks4d.forward(conv, m, x);
            }
            NDArray weight = conv.getParameters().get("weight").getArray();
            float sigma = (float) largestSingularValue(weight.toFloatArray(), OUT);
            NDArray expected = Conv2d.conv2d(x, weight.div(sigma), null, new Shape(1, 1), new Shape(1, 1))
                    .singletonOrThrow();
            assertThat(y.getShape()).isEqualTo(new Shape(2, OUT, 6, 6));
            assertThat(conv.getOutputShapes(new Shape[] {x.getShape()})).as("declared shape").containsExactly(y.getShape());
            assertThat(y.sub(expected).abs().max().getFloat()).isLessThan(1e-4f * expected.abs().max().getFloat());
        }
    }

    @Test
    void keepsTheIterationVectorOutOfTraining() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block conv = SpectralNormConv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(OUT).build();
            Blocks4d.init(conv, m, new Shape(1, IN, 2, 2));
            assertThat(conv.getParameters().get("u").requiresGradient()).isFalse();
            assertThat(conv.getParameters().get("weight").requiresGradient()).isTrue();
        }
    }

    /** Independent check: power iteration on WᵀW in double precision, W seen as (rows, rest). */
    static double largestSingularValue(float[] w, int rows) {
        int cols = w.length / rows;
        double[] v = new double[cols];
        for (int j = 0; j < cols; j++) {
            v[j] = 1.0 + 0.01 * j;
        }
        double sigma = 0;
        for (int it = 0; it < 2000; it++) {
            double[] wv = new double[rows];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    wv[i] += w[i * cols + j] * v[j];
                }
            }
            double[] next = new double[cols];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    next[j] += w[i * cols + j] * wv[i];
                }
            }
            double norm = 0;
            for (double d : next) {
                norm += d * d;
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < cols; j++) {
                v[j] = next[j] / norm;
            }
            sigma = Math.sqrt(norm);  // ‖WᵀW v‖ → σ² for unit v at convergence
        }
        return sigma;
    }
}
