package io.genreshift.ml.train;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrainingRandomTest {

    @Test
    void aRestoredStreamContinuesWithTheSameNumbers() {
        TrainingRandom r = TrainingRandom.seeded(19);
        for (int i = 0; i < 17; i++) r.nextGaussian();
        TrainingRandom copy = TrainingRandom.restored(r.state());
        for (int i = 0; i < 100; i++) assertThat(copy.nextLong()).isEqualTo(r.nextLong());
    }

    @Test
    void differentSeedsAndStreamsGiveDifferentNumbers() {
        assertThat(TrainingRandom.seeded(1).nextLong()).isNotEqualTo(TrainingRandom.seeded(2).nextLong());
        assertThat(TrainingRandom.derived(1, 0).nextLong()).isNotEqualTo(TrainingRandom.derived(1, 1).nextLong());
    }

    @Test
    void permutationContainsEveryIndexOnce() {
        int[] p = TrainingRandom.seeded(5).permutation(1000);
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) assertThat(sorted[i]).isEqualTo(i);
        assertThat(p).isNotEqualTo(sorted);
    }

    @Test
    void gaussianHasUnitVariance() {
        TrainingRandom r = TrainingRandom.seeded(11);
        double sum = 0;
        double sumSq = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double g = r.nextGaussian();
            sum += g;
            sumSq += g * g;
        }
        assertThat(sum / n).isCloseTo(0, within(0.01));
        assertThat(sumSq / n).isCloseTo(1, within(0.02));
    }
}
