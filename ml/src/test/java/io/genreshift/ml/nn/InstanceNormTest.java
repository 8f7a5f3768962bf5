package io.genreshift.ml.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.junit.jupiter.api.Test;

class InstanceNormTest {

    @Test
    void normalizesEachSampleAndChannelThenAppliesScaleAndOffset() {
        try (NDManager m = NDManager.newBaseManager()) {
            int b = 2;
            int c = 3;
            int n = 4 * 5;
            NDArray x = m.randomNormal(3f, 2f, new Shape(b, c, 4, 5), ai.djl.ndarray.types.DataType.FLOAT32);
            Block norm = Blocks4d.init(InstanceNorm.builder().build(), m, x.getShape());
            float[] scale = {0.5f, 1f, 2f};
            float[] offset = {0f, -1f, 3f};
            norm.getParameters().get("scale").getArray().set(scale);
            norm.getParameters().get("offset").getArray().set(offset);

            float[] in = x.toFloatArray();
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
                    assertThat((double) out[s * n + i]).isCloseTo(expected, within(1e-4));
                }
            }
        }
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
