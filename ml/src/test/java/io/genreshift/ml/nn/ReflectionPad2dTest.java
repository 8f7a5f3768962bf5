package io.genreshift.ml.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class ReflectionPad2dTest {

    @Test
    void mirrorsWithoutRepeatingTheEdgeLikeNumpyReflect() {
        try (NDManager m = NDManager.newBaseManager()) {
            // 3×4 grid holding 10·row + col
            float[] v = new float[12];
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 4; c++) {
                    v[r * 4 + c] = 10 * r + c;
                }
            }
            NDArray x = m.create(v, new Shape(1, 1, 3, 4));
            ReflectionPad2d pad = ReflectionPad2d.builder().setPadding(2).build();
            NDArray y = Blocks4d.forward(Blocks4d.init(pad, m, x.getShape()), m, x);

            assertThat(y.getShape()).isEqualTo(new Shape(1, 1, 7, 8));
            float[] out = y.toFloatArray();
            for (int r = 0; r < 7; r++) {
                for (int c = 0; c < 8; c++) {
                    int sr = reflect(r - 2, 3);
                    int sc = reflect(c - 2, 4);
                    assertThat(out[r * 8 + c]).as("(%d,%d)", r, c).isEqualTo(10f * sr + sc);
                }
            }
        }
    }

    private static int reflect(int i, int n) {
        if (i < 0) {
            return -i;
        }
        return i >= n ? 2 * (n - 1) - i : i;
    }
}
