package io.genreshift.ml.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.junit.jupiter.api.Test;

class Deconvolution2dTest {

    @Test
    void followsTensorFlowSameAlignmentAndCropsTheTail() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block deconv = Deconvolution2d.builder().setKernelSize(3).setFilters(1).build();
            Blocks4d.init(deconv, m, new Shape(1, 1, 2, 2));
            deconv.getParameters().get("weight").getArray().set(new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9});

            // A single 1 at input (0, 0) spreads to outputs o = 2·0 + k, k in 0..2, with weight w[k].
            NDArray topLeft = m.create(new float[] {1, 0, 0, 0}, new Shape(1, 1, 2, 2));
            float[] a = Blocks4d.forward(deconv, m, topLeft).toFloatArray();
            assertThat(a).containsExactly(
                    1, 2, 3, 0,
                    4, 5, 6, 0,
                    7, 8, 9, 0,
                    0, 0, 0, 0);

            // At input (1, 1) the kernel starts at output (2, 2); its last row and column fall off the 4×4 output.
            NDArray bottomRight = m.create(new float[] {0, 0, 0, 1}, new Shape(1, 1, 2, 2));
            float[] b = Blocks4d.forward(deconv, m, bottomRight).toFloatArray();
            assertThat(b).containsExactly(
                    0, 0, 0, 0,
                    0, 0, 0, 0,
                    0, 0, 1, 2,
                    0, 0, 4, 5);
        }
    }

    /** Inference uses MXNet's deconvolution, training the sub-pixel convolution; both must agree. */
    @Test
    void trainingAndInferencePathsAgree() {
        try (NDManager m = NDManager.newBaseManager()) {
            Shape in = new Shape(2, 6, 5, 7);
            Block deconv = Blocks4d.init(Deconvolution2d.builder().setKernelSize(3).setFilters(4).build(), m, in);
            NDArray x = m.randomNormal(in);
            float[] inference = Blocks4d.forward(deconv, m, x).toFloatArray();
            float[] training;
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                training = deconv.forward(new ParameterStore(m, false), new NDList(x), true).singletonOrThrow()
                        .toFloatArray();
            }
            assertThat(training).hasSize(2 * 4 * 10 * 14);
            for (int i = 0; i < training.length; i++) {
                assertThat(training[i]).as("element %d", i).isCloseTo(inference[i], within(1e-5f));
            }
        }
    }

    @Test
    void mapsDifferentInputAndOutputChannelCounts() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block deconv = Deconvolution2d.builder().setKernelSize(3).setFilters(3).build();
            Blocks4d.init(deconv, m, new Shape(2, 5, 4, 6));
            NDArray y = Blocks4d.forward(deconv, m, m.randomUniform(0, 1, new Shape(2, 5, 4, 6)));
            assertThat(y.getShape()).isEqualTo(new Shape(2, 3, 8, 12));
            assertThat(deconv.getParameters().get("weight").getArray().getShape()).isEqualTo(new Shape(5, 3, 3, 3));
        }
    }
}
