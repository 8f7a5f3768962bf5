package io.genreshift.ml.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.genreshift.ml.model.CycleGanGenerator;
import io.genreshift.ml.model.PatchDiscriminator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The networks of one CycleGAN model, initialized: G_A→B, G_B→A, D_A, D_B and, for partial/full, D_A,m and D_B,m.
 * The names are stable: checkpoints and optimizer states use them.
 */
final class CycleGanNetworks {
    static final String GEN_AB = "generatorAB";
    static final String GEN_BA = "generatorBA";
    static final String DISC_A = "discriminatorA";
    static final String DISC_B = "discriminatorB";
    static final String DISC_A_MIXED = "discriminatorAMixed";
    static final String DISC_B_MIXED = "discriminatorBMixed";

    final Block generatorAB;
    final Block generatorBA;
    final Block discriminatorA;
    final Block discriminatorB;
    /** Null for the base model. */
    final Block discriminatorAMixed;
    /** Null for the base model. */
    final Block discriminatorBMixed;

    private CycleGanNetworks(CycleGanConfig c) {
        generatorAB = CycleGanGenerator.create(c.network(), c.variant());
        generatorBA = CycleGanGenerator.create(c.network(), c.variant());
        discriminatorA = PatchDiscriminator.create(c.network(), c.variant());
        discriminatorB = PatchDiscriminator.create(c.network(), c.variant());
        boolean mixed = c.model().hasMixedDiscriminators();
        discriminatorAMixed = mixed ? PatchDiscriminator.create(c.network(), c.variant()) : null;
        discriminatorBMixed = mixed ? PatchDiscriminator.create(c.network(), c.variant()) : null;
    }

    /** Builds and initializes the networks in {@code manager}, with weights drawn from the config's seed. */
    static CycleGanNetworks create(CycleGanConfig c, NDManager manager) {
        CycleGanNetworks n = new CycleGanNetworks(c);
        Engine.getInstance().setRandomSeed((int) c.seed());
        Shape input = new Shape(c.batchSize(), 1, 64, 84);
        for (Block b : n.all().values()) b.initialize(manager, DataType.FLOAT32, input);
        return n;
    }

    Map<String, Block> generators() {
        Map<String, Block> m = new LinkedHashMap<>();
        m.put(GEN_AB, generatorAB);
        m.put(GEN_BA, generatorBA);
        return m;
    }

    Map<String, Block> discriminators() {
        Map<String, Block> m = new LinkedHashMap<>();
        m.put(DISC_A, discriminatorA);
        m.put(DISC_B, discriminatorB);
        if (discriminatorAMixed != null) {
            m.put(DISC_A_MIXED, discriminatorAMixed);
            m.put(DISC_B_MIXED, discriminatorBMixed);
        }
        return m;
    }

    Map<String, Block> all() {
        Map<String, Block> m = generators();
        m.putAll(discriminators());
        return m;
    }
}
