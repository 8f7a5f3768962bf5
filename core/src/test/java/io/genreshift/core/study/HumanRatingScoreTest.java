package io.genreshift.core.study;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HumanRatingScoreTest {

    @Test
    void threeStrictRankingsOfThreeModels() {
        // a: ranks 1,2,1 -> (1 + 1/2 + 1)/3; b: 2,1,3 -> (1/2 + 1 + 0)/3; c: 3,3,2 -> (0 + 0 + 1/2)/3
        var scores = HumanRatingScore.of(List.of(Ranking.strict(List.of("a", "b", "c")),
                Ranking.strict(List.of("b", "a", "c")), Ranking.strict(List.of("a", "c", "b"))));

        assertThat(scores.get("a").value()).isCloseTo(2.5 / 3, within(1e-12));
        assertThat(scores.get("b").value()).isCloseTo(1.5 / 3, within(1e-12));
        assertThat(scores.get("c").value()).isCloseTo(0.5 / 3, within(1e-12));
        assertThat(scores.get("a").rankings()).isEqualTo(3);
    }

    @Test
    void tiedModelsShareTheMeanOfTheirPositions() {
        // a and b tie for places 1 and 2 of 3: rank 1.5 each, score (3 - 1.5)/2 = 0.75; c is last: 0
        var scores = HumanRatingScore.of(List.of(new Ranking(List.of(List.of("a", "b"), List.of("c")))));

        assertThat(scores.get("a").value()).isEqualTo(0.75);
        assertThat(scores.get("b").value()).isEqualTo(0.75);
        assertThat(scores.get("c").value()).isZero();
    }

    @Test
    void aModelMissingFromASnippetIsScoredWithThatRankingsOwnK() {
        // d was not made for the second snippet: K = 4 in the first ranking, K = 3 in the second.
        var scores = HumanRatingScore.of(List.of(Ranking.strict(List.of("a", "b", "c", "d")),
                Ranking.strict(List.of("a", "b", "c"))));

        assertThat(scores.get("a").value()).isEqualTo(1.0);
        assertThat(scores.get("b").value()).isCloseTo((2.0 / 3 + 1.0 / 2) / 2, within(1e-12));
        assertThat(scores.get("c").value()).isCloseTo((1.0 / 3 + 0) / 2, within(1e-12));
        assertThat(scores.get("d").value()).isZero();
        assertThat(scores.get("d").rankings()).isEqualTo(1);
        assertThat(scores.get("c").rankings()).isEqualTo(2);
    }

    @Test
    void aRankingOfOneItemSaysNothingAndIsSkipped() {
        assertThat(HumanRatingScore.of(List.of(Ranking.strict(List.of("a"))))).isEmpty();
    }

    @Property
    void scoresLieInZeroToOneAndFullRankingsSumToHalfOfK(@ForAll @IntRange(min = 2, max = 6) int k,
                                                         @ForAll @IntRange(min = 1, max = 20) int n, @ForAll long seed) {
        List<Ranking> rankings = RandomRankings.strict(k, n, new Random(seed));

        Map<String, HumanRatingScore.Score> scores = HumanRatingScore.of(rankings);

        assertThat(scores).hasSize(k);
        double sum = 0;
        for (var s : scores.values()) {
            assertThat(s.value()).isBetween(0.0, 1.0);
            assertThat(s.rankings()).isEqualTo(n);
            sum += s.value();
        }
        // Every ranking hands out (K-1)/(K-1) + ... + 0/(K-1) = K/2 in total.
        assertThat(sum).isCloseTo(k / 2.0, within(1e-9));
    }

    @Property
    void aModelAlwaysRankedFirstScoresOne(@ForAll @IntRange(min = 2, max = 6) int k, @ForAll @IntRange(min = 1, max = 10) int n,
                                          @ForAll long seed) {
        Random random = new Random(seed);
        List<Ranking> rankings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> rest = new ArrayList<>(RandomRankings.items(k).subList(1, k));
            Collections.shuffle(rest, random);
            List<String> order = new ArrayList<>(List.of("m0"));
            order.addAll(rest);
            rankings.add(Ranking.strict(order));
        }

        assertThat(HumanRatingScore.of(rankings).get("m0").value()).isEqualTo(1.0);
    }
}
