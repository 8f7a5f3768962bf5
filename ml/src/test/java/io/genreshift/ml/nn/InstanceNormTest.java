package io.genreshift.ml.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstanceNormTest {

    /** A small and a large array (the batch-norm view is exact at any size). */
    @ParameterizedTest
    @ValueSource(ints = {5, 512})
    void normalizesEachSampleAndChannelThenAppliesScaleAndOffset(int width) {
        try (NDManager m = NDManager.newBaseManager()) {
            int b = 2;
            int c = 3;
            int n = 128 * width;
            NDArray x = m.randomNormal(3f, 2f, new Shape(b, c, 128, width), DataType.FLOAT32);
            Block norm = Blocks4d.init(InstanceNorm.builder().build(), m, x.getShape());
            float[] scale = {0.5f, 1f, 2f};
            float[] offset = {0f, -1f, 3f};
            norm.getParameters().get("scale").getArray().set(scale);
            norm.getParameters().get("offset").getArray().set(offset);

            float[] in = x.toFloatArray();
            double worst = 0;
            float[] out = Blocks4d.forward(norm, m, x).toFloatArray();
            for (int s = 0; s < b * c; s++) {
                double mean = 0;
                for (int i = 0; i < n; i++) {
                    mean += in[s * n + i];
                }
                mean /= n;
                double var = 0;
                for (int i = 0; i < n; i++) {
                    var += Math.pow(in[s * n + i] - mean, 2);
                }
                var /= n; // biased, as in the reference
                int ch = s % c;
                for (int i = 0; i < n; i++) {
                    double expected = (in[s * n + i] - mean) / Math.sqrt(var + 1e-5) * scale[ch] + offset[ch];
                    worst = Math.max(worst, Math.abs(out[s * n + i] - expected));
                }
            }
            assertThat(worst).as("largest absolute error").isLessThan(1e-4);
        }
    }

    /** The fused op's backward pass must match autograd through the plain formula, at inputs and at the scale. */
    @ParameterizedTest
    @ValueSource(ints = {6, 2048})
    void gradientsMatchThePlainFormula(int width) {
        try (NDManager m = NDManager.newBaseManager()) {
            Shape shape = new Shape(3, 4, 32, width);
            NDArray x = m.randomNormal(1f, 3f, shape, DataType.FLOAT32);
            NDArray weights = m.randomNormal(shape);   // a random linear read-out makes every gradient non-trivial
            Block norm = Blocks4d.init(InstanceNorm.builder().build(), m, shape);
            NDArray scale = norm.getParameters().get("scale").getArray();
            NDArray offset = norm.getParameters().get("offset").getArray();

            x.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray y = norm.forward(new ParameterStore(m, false), new NDList(x), true).singletonOrThrow();
                gc.backward(y.mul(weights).sum());
            }
            float[] fusedX = x.getGradient().toFloatArray();
            float[] fusedScale = scale.getGradient().toFloatArray();

            x.setRequiresGradient(true);   // fresh gradient buffers
            scale.setRequiresGradient(true);
            offset.setRequiresGradient(true);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray centred = x.sub(x.mean(new int[] {2, 3}, true));
                NDArray y = centred.div(centred.square().mean(new int[] {2, 3}, true).add(1e-5f).sqrt())
                        .mul(scale.reshape(1, -1, 1, 1)).add(offset.reshape(1, -1, 1, 1));
                gc.backward(y.mul(weights).sum());
            }
            assertCloseTo(fusedX, x.getGradient().toFloatArray());
            assertCloseTo(fusedScale, scale.getGradient().toFloatArray());
        }
    }

    private static void assertCloseTo(float[] actual, float[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / (1e-3 + 1e-3 * Math.abs(expected[i])));
        }
        assertThat(worst).as("largest error in units of the tolerance").isLessThanOrEqualTo(1.0);
    }

    @Test
    void initialisesScaleNearOneAndOffsetAtZero() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block norm = Blocks4d.init(InstanceNorm.builder().build(), m, new Shape(1, 512, 2, 2));
            float[] scale = norm.getParameters().get("scale").getArray().toFloatArray();
            float[] offset = norm.getParameters().get("offset").getArray().toFloatArray();
            double mean = 0;
            for (float s : scale) {
                mean += s / scale.length;
            }
            double var = 0;
            for (float s : scale) {
                var += (s - mean) * (s - mean) / scale.length;
            }
            assertThat(mean).isCloseTo(1.0, within(0.01));
            assertThat(Math.sqrt(var)).isCloseTo(0.02, within(0.005));
            assertThat(offset).containsOnly(0f);
        }
    }
}
