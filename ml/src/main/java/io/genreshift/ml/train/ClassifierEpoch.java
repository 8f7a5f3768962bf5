package io.genreshift.ml.train;

import java.util.Map;

/**
 * One finished classifier epoch.
 *
 * @param epoch           0-based
 * @param meanLoss        mean training cross-entropy over the epoch
 * @param testAccuracy    argmax hit rate on each genre's test split, by genre
 * @param balancedAccuracy mean of the per-genre accuracies (the selection criterion for the best weights)
 * @param best            whether this epoch's weights are the best so far (and were saved as such)
 */
public record ClassifierEpoch(int epoch, double meanLoss, Map<String, Double> testAccuracy, double balancedAccuracy,
                              boolean best) {
    public ClassifierEpoch {
        // keeps the class order for reports
        testAccuracy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(testAccuracy));
    }
}
