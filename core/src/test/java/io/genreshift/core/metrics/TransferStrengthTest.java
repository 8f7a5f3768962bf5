package io.genreshift.core.metrics;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TransferStrengthTest {

    @Test
    void reproducesPaperTableSixAtSigmaDOne() {
        // Brunner et al. 2018, Table VI (base model, Jazz vs Classic, σ_D = 1), shares ×100 as printed
        ClassifierShares p = new ClassifierShares(0.8809, 0.2062, 0.8818, 0.9253, 0.2071, 0.9253);

        TransferStrength s = TransferStrength.of(p);

        assertThat(100 * s.sAtoB()).isCloseTo(67.52, within(0.005));
        assertThat(100 * s.sBtoA()).isCloseTo(71.82, within(0.005));
        assertThat(100 * s.sTot()).isCloseTo(69.7, within(0.05));
    }

    @Test
    void shareCountsPredictionsOfTheSourceClass() {
        assertThat(ClassifierShares.share(new int[] {0, 1, 0, 0}, 0)).isEqualTo(0.75);
        assertThat(ClassifierShares.share(new int[] {0, 1, 0, 0}, 1)).isEqualTo(0.25);
    }

    @Test
    void sharesFromPredictionsCountEachSetAgainstItsSourceGenre() {
        // class 0 = A, class 1 = B; 4 phrases per set
        ClassifierShares p = ClassifierShares.fromPredictions(0, 1,
                new int[] {0, 0, 0, 1}, new int[] {1, 1, 1, 0}, new int[] {0, 0, 1, 1},
                new int[] {1, 1, 1, 1}, new int[] {0, 0, 0, 0}, new int[] {1, 0, 1, 1});

        assertThat(p).isEqualTo(new ClassifierShares(0.75, 0.25, 0.5, 1.0, 0.0, 0.75));
        assertThat(TransferStrength.of(p).sAtoB()).isCloseTo(0.5 * (0.75 - 0.25 + 0.5 - 0.25), within(1e-12));
    }

    @Test
    void shareFromScoresUsesArgmaxWithTiesToTheLowerClass() {
        float[][] scores = {{0.9f, 0.1f}, {0.2f, 0.8f}, {0.5f, 0.5f}};

        assertThat(ClassifierShares.shareFromScores(scores, 0)).isCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void rejectsNoPredictionsAndOutOfRangeShares() {
        assertThatThrownBy(() -> ClassifierShares.share(new int[0], 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClassifierShares(88.09, 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P_A(x_A)");
    }

    @Property
    void strengthIsHigherWhenFewerTransfersStillLookLikeTheSource(
            @ForAll @DoubleRange(min = 0, max = 1) double pA, @ForAll @DoubleRange(min = 0, max = 0.5) double hat,
            @ForAll @DoubleRange(min = 0, max = 1) double cycle) {
        TransferStrength weak = TransferStrength.of(new ClassifierShares(pA, hat + 0.5, cycle, pA, hat, cycle));
        TransferStrength strong = TransferStrength.of(new ClassifierShares(pA, hat, cycle, pA, hat, cycle));

        assertThat(strong.sAtoB()).isGreaterThan(weak.sAtoB());
        assertThat(strong.sTot()).isCloseTo((strong.sAtoB() + strong.sBtoA()) / 2, within(1e-12));
    }
}
