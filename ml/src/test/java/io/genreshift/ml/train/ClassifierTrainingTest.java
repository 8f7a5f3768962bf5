package io.genreshift.ml.train;

import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.core.corpus.PhraseSet;
import io.genreshift.core.corpus.Split;
import io.genreshift.ml.io.LoadedModel;
import io.genreshift.ml.io.ModelFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifierTrainingTest {

    @TempDir
    Path dir;

    @Test
    void learnsSeparableGenresAndKeepsTheBestAndLastWeights() throws Exception {
        PhraseDataset data = TinyCorpus.of(List.of("jazz", "pop"), 32, 16, 9);
        ClassifierConfig config = ClassifierConfig.builder(List.of("jazz", "pop")).epochs(3).learningRate(1e-3f).build();
        List<ClassifierEpoch> reported = new ArrayList<>();

        ClassifierSummary summary = ClassifierTraining.run(config, data, dir, "genreshift train-classifier x",
                reported::add);

        assertThat(reported).hasSize(3);
        assertThat(reported.get(0).testAccuracy()).containsOnlyKeys("jazz", "pop");
        assertThat(summary.best().balancedAccuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(reported.get(2).meanLoss()).isLessThan(reported.get(0).meanLoss());
        try (LoadedModel best = ModelFiles.load(summary.bestModel())) {
            assertThat(best.card().genres()).containsExactly("jazz", "pop");
            assertThat(best.card().provenance().finalMetrics().get("test_accuracy_balanced"))
                    .isEqualTo(summary.best().balancedAccuracy());
        }
        assertThat(summary.lastModel()).exists().isNotEqualTo(summary.bestModel());
    }

    @Test
    void balancedEpochsTakeAsManyPhrasesFromEveryGenre() {
        List<PhraseSet> sets = List.of(
                TinyCorpus.of(List.of("a"), 50, 0, 1).phrases("a", Split.TRAIN),
                TinyCorpus.of(List.of("a"), 7, 0, 2).phrases("a", Split.TRAIN),
                TinyCorpus.of(List.of("a"), 20, 0, 3).phrases("a", Split.TRAIN));

        int[] order = ClassifierTraining.balancedOrder(sets, 7, 19, 4);

        assertThat(order).hasSize(21).doesNotHaveDuplicates();
        assertThat(Arrays.stream(order).filter(i -> i < 50).count()).isEqualTo(7);
        assertThat(Arrays.stream(order).filter(i -> i >= 50 && i < 57).count()).isEqualTo(7);
        assertThat(Arrays.stream(order).filter(i -> i >= 57).count()).isEqualTo(7);
        assertThat(ClassifierTraining.balancedOrder(sets, 7, 19, 5)).as("another epoch, another subset")
                .isNotEqualTo(order);
    }
}
