package io.genreshift.ml.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class NetworksTest {

    private static final Shape ROLLS = new Shape(2, 1, 64, 84);
    private static final NetworkConfig TINY = new NetworkConfig(8, 2, 8);

    @ParameterizedTest
    @EnumSource(Variant.class)
    void generatorMapsRollsToProbabilitiesOfTheSameShape(Variant variant) {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray y = run(CycleGanGenerator.create(TINY, variant), m, rolls(m));
            assertThat(y.getShape()).isEqualTo(ROLLS);
            assertThat(y.min().getFloat()).isGreaterThanOrEqualTo(0f);
            assertThat(y.max().getFloat()).isLessThanOrEqualTo(1f);
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void discriminatorScoresSixteenByTwentyOnePatches(Variant variant) {
        try (NDManager m = NDManager.newBaseManager()) {
            assertThat(run(PatchDiscriminator.create(TINY, variant), m, rolls(m)).getShape())
                    .isEqualTo(new Shape(2, 1, 16, 21));
        }
    }

    @Test
    void classifierGivesOneLogitPerGenre() {
        try (NDManager m = NDManager.newBaseManager()) {
            assertThat(run(GenreClassifier.create(2), m, rolls(m)).getShape()).isEqualTo(new Shape(2, 2));
            assertThat(run(GenreClassifier.create(3), m, rolls(m)).getShape()).isEqualTo(new Shape(2, 3));
        }
    }

    @Test
    void referenceNetworksHaveThePapersParameterCounts() {
        try (NDManager m = NDManager.newBaseManager()) {
            assertThat(count(CycleGanGenerator.create(NetworkConfig.REFERENCE, Variant.BASE), m))
                    .isEqualTo(12_551_552L);
            assertThat(count(PatchDiscriminator.create(NetworkConfig.REFERENCE, Variant.BASE), m))
                    .isEqualTo(819_008L);
            assertThat(count(GenreClassifier.create(2), m)).isEqualTo(1_156_608L);
        }
    }

    @Test
    void selfAttentionAddsThePapersParameterCounts() {
        try (NDManager m = NDManager.newBaseManager()) {
            NetworkConfig ref = NetworkConfig.REFERENCE;
            assertThat(count(CycleGanGenerator.create(ref, Variant.SA), m)
                    - count(CycleGanGenerator.create(ref, Variant.BASE), m)).isEqualTo(163_842L);
            assertThat(count(PatchDiscriminator.create(ref, Variant.SN_SA), m)
                    - count(PatchDiscriminator.create(ref, Variant.SN), m)).isEqualTo(87_042L);
        }
    }

    @Test
    void spectralNormAddsStateButNoTrainableWeights() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block sn = CycleGanGenerator.create(TINY, Variant.SN);
            long snCount = count(sn, m);
            assertThat(snCount).isEqualTo(count(CycleGanGenerator.create(TINY, Variant.BASE), m));
            assertThat(sn.getParameters().keys()).anySatisfy(k -> assertThat(k).endsWith("_u"));
        }
    }

    private static long count(Block block, NDManager m) {
        block.initialize(m, DataType.FLOAT32, new Shape(1, 1, 64, 84));
        return ParameterCount.trainable(block);
    }

    private static NDArray rolls(NDManager m) {
        return m.randomUniform(0, 1, ROLLS).gt(0.9f).toType(DataType.FLOAT32, false);
    }

    private static NDArray run(Block block, NDManager m, NDArray x) {
        block.initialize(m, DataType.FLOAT32, x.getShape());
        return block.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
    }
}
