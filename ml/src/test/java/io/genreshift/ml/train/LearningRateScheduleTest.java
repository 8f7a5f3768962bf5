package io.genreshift.ml.train;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LearningRateScheduleTest {

    private final LearningRateSchedule reference = new LearningRateSchedule(2e-4f, 10, 30);

    @Test
    void isConstantForTheFirstTenEpochs() {
        for (int e = 0; e < 10; e++) assertThat(reference.rate(e)).isEqualTo(2e-4f);
    }

    @Test
    void decaysLinearlyTowardsZeroAtTheLastEpoch() {
        // lr = 2e-4 · (E − e) / (E − 10) with E = 30 (spec §7.2)
        assertThat(reference.rate(10)).isCloseTo(2e-4f, within(1e-10f));
        assertThat(reference.rate(20)).isCloseTo(1e-4f, within(1e-10f));
        assertThat(reference.rate(29)).isCloseTo(1e-5f, within(1e-10f));
        for (int e = 11; e < 30; e++) assertThat(reference.rate(e)).isLessThan(reference.rate(e - 1));
    }

    @Test
    void staysConstantWhenTheRunIsShorterThanTheConstantPhase() {
        LearningRateSchedule shortRun = new LearningRateSchedule(1e-3f, 10, 5);
        for (int e = 0; e < 5; e++) assertThat(shortRun.rate(e)).isEqualTo(1e-3f);
    }

    @Test
    void rejectsEpochsOutsideTheRun() {
        assertThatThrownBy(() -> reference.rate(30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reference.rate(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
