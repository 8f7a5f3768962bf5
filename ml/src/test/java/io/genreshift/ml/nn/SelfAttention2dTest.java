package io.genreshift.ml.nn;

import static org.assertj.core.api.Assertions.assertThat;

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
}
