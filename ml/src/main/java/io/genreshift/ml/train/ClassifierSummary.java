package io.genreshift.ml.train;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of {@link ClassifierTraining#run}.
 *
 * @param epochs    every epoch's report
 * @param bestEpoch 0-based epoch with the highest balanced test accuracy
 * @param bestModel weights of {@code bestEpoch}
 * @param lastModel weights after the last epoch
 */
public record ClassifierSummary(List<ClassifierEpoch> epochs, int bestEpoch, Path bestModel, Path lastModel) {
    public ClassifierSummary {
        epochs = List.copyOf(epochs);
    }

    public ClassifierEpoch best() {
        return epochs.get(bestEpoch);
    }
}
