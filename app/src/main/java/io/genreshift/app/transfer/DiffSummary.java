package io.genreshift.app.transfer;

import io.genreshift.core.metrics.ContentChange;

import java.util.Locale;

/** The diff view's numbers in words: "+120 added · −45 removed · 165 total (0.41 of 402 cells)". Pure. */
public final class DiffSummary {
    private DiffSummary() {
    }

    public static String of(ContentChange c) {
        String ratio = c.hasRatios() ? String.format(Locale.ROOT, " = %.2f × the original's %d cells", c.totalRatio(), c.sourceCells()) : "";
        return "+" + c.added() + " added · −" + c.removed() + " removed · " + c.total() + " total" + ratio;
    }
}
