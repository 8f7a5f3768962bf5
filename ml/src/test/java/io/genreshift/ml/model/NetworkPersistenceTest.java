package io.genreshift.ml.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import org.junit.jupiter.api.Test;

/** Saved weights reproduce the network exactly, and a seed reproduces a fresh network exactly. */
class NetworkPersistenceTest {

    private static final Shape ROLLS = new Shape(2, 1, 64, 84);
    private static final NetworkConfig TINY = new NetworkConfig(8, 1, 8);

    @Test
    void saveThenLoadGivesIdenticalOutputsIncludingSpectralNormState() throws Exception {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.randomUniform(0, 1, ROLLS).gt(0.9f).toType(DataType.FLOAT32, false);
            Block original = CycleGanGenerator.create(TINY, Variant.SN_SA);
            original.initialize(m, DataType.FLOAT32, ROLLS);
            forward(original, m, x); // moves u away from its initial value

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            original.saveParameters(new DataOutputStream(bytes));
            Block loaded = CycleGanGenerator.create(TINY, Variant.SN_SA);
            loaded.initialize(m, DataType.FLOAT32, ROLLS);
            assertThat(forward(loaded, m, x)).as("fresh weights differ").isNotEqualTo(forward(original, m, x));
            loaded.loadParameters(m, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

            original = reload(bytes.toByteArray(), m); // both start from the saved u
            assertThat(forward(loaded, m, x)).containsExactly(forward(original, m, x));
        }
    }

    @Test
    void sameSeedGivesTheSameNetworkAndOutputs() {
        assertThat(seededOutput(7)).containsExactly(seededOutput(7));
        assertThat(seededOutput(7)).isNotEqualTo(seededOutput(8));
    }

    private static float[] seededOutput(int seed) {
        try (NDManager m = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(seed);
            Block d = PatchDiscriminator.create(TINY, Variant.SN);
            d.initialize(m, DataType.FLOAT32, ROLLS);
            NDArray x = m.randomUniform(0, 1, ROLLS);
            return forward(d, m, x);
        }
    }

    private static Block reload(byte[] params, NDManager m) throws Exception {
        Block b = CycleGanGenerator.create(TINY, Variant.SN_SA);
        b.initialize(m, DataType.FLOAT32, ROLLS);
        b.loadParameters(m, new DataInputStream(new ByteArrayInputStream(params)));
        return b;
    }

    private static float[] forward(Block block, NDManager m, NDArray x) {
        return block.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow().toFloatArray();
    }
}
