package io.genreshift.ml.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchComparisonTest {

    @Test
    void dividesOursByThePeersForTheSharedKeysOnly() {
        Map<String, Object> ours = Map.of("infer_phrases_per_s", 30.0, "train_phrase_pairs_per_s", 5.0,
                "classify_phrases_per_s", 1000.0, "saliency_phrases_per_s", 300.0);
        Map<String, Object> peer = Map.of("infer_phrases_per_s", 20L, "train_phrase_pairs_per_s", 10.0,
                "classify_phrases_per_s", 0.0);

        Map<String, Object> report = BenchComparison.of(ours, peer);

        assertThat(report).containsEntry("peer", peer).containsEntry("saliency_phrases_per_s", 300.0);
        assertThat(report.get("ratios")).isEqualTo(Map.of("infer_phrases_per_s", 1.5,
                "train_phrase_pairs_per_s", 0.5));
    }

    @Test
    void keepsTheBestThroughputOfAllRoundsAndTheLastRoundsOtherValues() {
        Map<String, Object> first = Map.of("infer_phrases_per_s", 30.0, "train_phrase_pairs_per_s", 2.0, "batch", 16);
        Map<String, Object> second = Map.of("infer_phrases_per_s", 20.0, "train_phrase_pairs_per_s", 3.0, "batch", 8);

        Map<String, Object> best = BenchComparison.best(List.of(first, second));

        assertThat(best).containsEntry("infer_phrases_per_s", 30.0).containsEntry("train_phrase_pairs_per_s", 3.0)
                .containsEntry("batch", 8);
    }
}
