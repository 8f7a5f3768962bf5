package io.genreshift.core.metrics;

import java.util.List;

/**
 * Content change over a test set: mean ± std of the added, removed and total ratios (spec §11.2, paper Table 1).
 *
 * @param phrases the number of phrases the statistics are over; phrases with an empty source have no ratios and are
 *                left out, so this can be smaller than the input list
 */
public record ContentChangeSummary(MeanStd added, MeanStd removed, MeanStd total, int phrases) {

    public static ContentChangeSummary of(List<ContentChange> changes) {
        List<ContentChange> defined = changes.stream().filter(ContentChange::hasRatios).toList();
        double[] added = new double[defined.size()];
        double[] removed = new double[defined.size()];
        double[] total = new double[defined.size()];
        for (int i = 0; i < defined.size(); i++) {
            added[i] = defined.get(i).addedRatio();
            removed[i] = defined.get(i).removedRatio();
            total[i] = defined.get(i).totalRatio();
        }
        return new ContentChangeSummary(MeanStd.of(added), MeanStd.of(removed), MeanStd.of(total), defined.size());
    }
}
