package io.genreshift.core.study;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class KendallWTest {

    @Test
    void threeRatersOfThreeItemsByHand() {
        // rank sums a = 1+1+2 = 4, b = 2+2+1 = 5, c = 9; mean 6; S = 4 + 1 + 9 = 14; W = 12·14 / (3²·(27 − 3)) = 168/216
        double w = KendallW.of(List.of(Ranking.strict(List.of("a", "b", "c")), Ranking.strict(List.of("a", "b", "c")),
                Ranking.strict(List.of("b", "a", "c"))));

        assertThat(w).isCloseTo(168.0 / 216, within(1e-12));
    }

    @Test
    void tiesAreCorrected() {
        // rater 1 ties b and c (ranks 1, 2.5, 2.5; T = 2³ − 2 = 6), rater 2: 1, 2, 3. Sums 2, 4.5, 5.5; mean 4; S = 6.5.
        // W = 12·6.5 / (2²·24 − 2·6) = 78/84
        double w = KendallW.of(List.of(new Ranking(List.of(List.of("a"), List.of("b", "c"))),
                Ranking.strict(List.of("a", "b", "c"))));

        assertThat(w).isCloseTo(78.0 / 84, within(1e-12));
    }

    @Test
    void oppositeRankingsOfTwoItemsDisagreeCompletely() {
        assertThat(KendallW.of(List.of(Ranking.strict(List.of("a", "b")), Ranking.strict(List.of("b", "a"))))).isZero();
    }

    @Test
    void undefinedCasesAreNaN() {
        assertThat(KendallW.of(List.of())).isNaN();
        assertThat(KendallW.of(List.of(new Ranking(List.of(List.of("a", "b"))), new Ranking(List.of(List.of("a", "b")))))).isNaN();
    }

    @Test
    void ratersOfDifferentItemsAreRefused() {
        assertThatThrownBy(() -> KendallW.of(List.of(Ranking.strict(List.of("a", "b")), Ranking.strict(List.of("a", "c")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same items");
    }

    @Property
    void wLiesInZeroToOne(@ForAll @IntRange(min = 2, max = 6) int k, @ForAll @IntRange(min = 1, max = 12) int m, @ForAll long seed) {
        double w = KendallW.of(RandomRankings.strict(k, m, new Random(seed)));

        assertThat(w).isBetween(0.0, 1.0 + 1e-12);
    }

    @Property
    void identicalRankingsAgreeFully(@ForAll @IntRange(min = 2, max = 6) int k, @ForAll @IntRange(min = 1, max = 12) int m,
                                     @ForAll long seed) {
        List<String> order = RandomRankings.items(k);
        Collections.shuffle(order, new Random(seed));
        List<Ranking> raters = Collections.nCopies(m, Ranking.strict(order));

        assertThat(KendallW.of(raters)).isCloseTo(1.0, within(1e-12));
    }
}
