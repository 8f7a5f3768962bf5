package io.genreshift.ml.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import org.junit.jupiter.api.Test;

class SelfAttention2dTest {

    private static final Shape INPUT = new Shape(2, 16, 4, 5);

    @Test
    void isTheIdentityWhileGammaIsZero() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block sa = Blocks4d.init(SelfAttention2d.builder().setChannels(16).build(), m, INPUT);
            NDArray x = m.randomNormal(INPUT);
            assertThat(sa.getParameters().get("gamma").getArray().toFloatArray()).containsExactly(0f);
            assertThat(Blocks4d.forward(sa, m, x).toFloatArray()).containsExactly(x.toFloatArray());
        }
    }

    @Test
    void addsTheAttendedValuesOnceGammaIsLearned() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block sa = Blocks4d.init(SelfAttention2d.builder().setChannels(16).optSpectralNorm(true).build(), m,
                    INPUT);
            sa.getParameters().get("gamma").getArray().set(new float[] {1f});
            NDArray x = m.randomNormal(INPUT);
            NDArray y = Blocks4d.forward(sa, m, x);
            assertThat(y.getShape()).isEqualTo(INPUT);
            assertThat(y.sub(x).abs().max().getFloat()).isGreaterThan(1e-4f);
        }
    }

    @Test
    void projectsQueryAndKeyToAnEighthAndKeepsValueWidth() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block sa = Blocks4d.init(SelfAttention2d.builder().setChannels(16).build(), m, INPUT);
            long params = sa.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
            assertThat(params).isEqualTo(16 * 2 + 16 * 2 + 16 * 16 + 1);
        }
    }

    @Test
    void matchesTheSaganFormulaComputedByHand() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block sa = Blocks4d.init(SelfAttention2d.builder().setChannels(16).build(), m, INPUT);
            float gamma = 0.7f;
            sa.getParameters().get("gamma").getArray().set(new float[] {gamma});
            NDArray x = m.randomNormal(INPUT);
            float[] actual = Blocks4d.forward(sa, m, x).toFloatArray();

            int b = (int) INPUT.get(0);
            int c = (int) INPUT.get(1);
            int n = (int) (INPUT.get(2) * INPUT.get(3));
            float[] xs = x.toFloatArray();
            float[] wf = weight(sa, "f_weight");
            float[] wg = weight(sa, "g_weight");
            float[] wh = weight(sa, "h_weight");
            int c8 = c / 8;
            for (int bi = 0; bi < b; bi++) {
                double[][] f = project(wf, c8, c, xs, bi, n);
                double[][] g = project(wg, c8, c, xs, bi, n);
                double[][] h = project(wh, c, c, xs, bi, n);
                for (int i = 0; i < n; i++) {
                    // Row i of the attention: softmax over j of Σ_k g[k][i]·f[k][j].
                    double[] row = new double[n];
                    double max = Double.NEGATIVE_INFINITY;
                    for (int j = 0; j < n; j++) {
                        for (int k = 0; k < c8; k++) {
                            row[j] += g[k][i] * f[k][j];
                        }
                        max = Math.max(max, row[j]);
                    }
                    double sum = 0;
                    for (int j = 0; j < n; j++) {
                        row[j] = Math.exp(row[j] - max);
                        sum += row[j];
                    }
                    for (int ch = 0; ch < c; ch++) {
                        double o = 0;
                        for (int j = 0; j < n; j++) {
                            o += h[ch][j] * row[j] / sum;
                        }
                        int at = (bi * c + ch) * n + i;
                        assertThat((double) actual[at]).isCloseTo(gamma * o + xs[at], within(1e-4));
                    }
                }
            }
        }
    }

    private static float[] weight(Block sa, String suffix) {
        return sa.getParameters().stream().filter(p -> p.getKey().endsWith(suffix)).findFirst().orElseThrow()
                .getValue().getArray().toFloatArray();
    }

    /** A 1×1 convolution without bias: out[o][n] = Σ_c w[o][c]·x[batch][c][n]. */
    private static double[][] project(float[] w, int outChannels, int inChannels, float[] x, int batch, int n) {
        double[][] out = new double[outChannels][n];
        for (int o = 0; o < outChannels; o++) {
            for (int ci = 0; ci < inChannels; ci++) {
                for (int p = 0; p < n; p++) {
                    out[o][p] += w[o * inChannels + ci] * x[(batch * inChannels + ci) * n + p];
                }
            }
        }
        return out;
    }
}
