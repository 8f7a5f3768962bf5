package io.genreshift.ml.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.genreshift.ml.model.CycleGanGenerator;
import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.PatchDiscriminator;
import io.genreshift.ml.model.Variant;
import org.junit.jupiter.api.Test;

class CycleGanIterationTest {

    private static final Shape ROLLS = new Shape(2, 1, 64, 84);
    private static final NetworkConfig TINY = new NetworkConfig(8, 1, 8);

    /**
     * Each generator appears twice in the G step's graph (x → G_AB → G_BA and y → G_BA → G_AB). MXNet's MKL-DNN
     * deconvolution crashed the JVM in exactly that backward pass; this runs it, and checks that per-step managers
     * leave nothing behind in the models' manager.
     */
    @Test
    void updatesEveryNetworkAndLeavesNoArraysBehind() {
        try (NDManager models = NDManager.newBaseManager()) {
            Block genAB = init(CycleGanGenerator.create(TINY, Variant.SN_SA), models);
            Block genBA = init(CycleGanGenerator.create(TINY, Variant.SN_SA), models);
            Block discA = init(PatchDiscriminator.create(TINY, Variant.SN_SA), models);
            Block discB = init(PatchDiscriminator.create(TINY, Variant.SN_SA), models);
            CycleGanIteration iteration = new CycleGanIteration(genAB, genBA, discA, discB);
            float[] genBefore = firstWeight(genAB);
            float[] discBefore = firstWeight(discB);

            step(iteration, models); // creates the optimizer state
            int arrays = models.getManagedArrays().size();
            for (int i = 0; i < 3; i++) {
                step(iteration, models);
            }

            assertThat(models.getManagedArrays()).hasSize(arrays);
            assertThat(firstWeight(genAB)).isNotEqualTo(genBefore);
            assertThat(firstWeight(discB)).isNotEqualTo(discBefore);
        }
    }

    private static void step(CycleGanIteration iteration, NDManager models) {
        try (NDManager step = models.newSubManager()) {
            NDArray a = step.randomUniform(0, 1, ROLLS).gt(0.9f).toType(DataType.FLOAT32, false);
            NDArray b = step.randomUniform(0, 1, ROLLS).gt(0.9f).toType(DataType.FLOAT32, false);
            CycleGanIteration.Losses losses = iteration.run(a, b, step.randomNormal(ROLLS).abs());
            assertThat(losses.generator()).isFinite().isPositive();
            assertThat(losses.discriminator()).isFinite().isPositive();
        }
    }

    private static float[] firstWeight(Block block) {
        return block.getParameters().valueAt(1).getArray().toFloatArray();
    }

    private static Block init(Block block, NDManager manager) {
        block.initialize(manager, DataType.FLOAT32, ROLLS);
        return block;
    }
}
