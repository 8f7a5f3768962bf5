package io.genreshift.ml.io;

import java.util.Map;

/**
 * Where a stored model came from, so that a result can be traced back to its data and reproduced.
 *
 * @param dataReportSha256 SHA-256 of the preparation report of the training data ({@code PhraseDataset.reportSha256()});
 *                         empty for data prepared in memory
 * @param command          the exact command line that trained the model
 * @param finalMetrics     metrics at the end of training (losses, test accuracy ...), by name
 */
public record TrainingProvenance(String dataReportSha256, String command, Map<String, Double> finalMetrics) {

    public TrainingProvenance {
        dataReportSha256 = dataReportSha256 == null ? "" : dataReportSha256;
        command = command == null ? "" : command;
        finalMetrics = finalMetrics == null ? Map.of() : Map.copyOf(finalMetrics);
    }

    /** For models made by code rather than a training run (tests, fixtures). */
    public static TrainingProvenance untrained(String description) {
        return new TrainingProvenance("", description, Map.of());
    }
}
