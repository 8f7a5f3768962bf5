package io.genreshift.ml.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
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
