package io.genreshift.core.metrics;

import java.util.Locale;

/**
 * Mean and population standard deviation (numpy's default {@code ddof=0}, as the reference prints them).
 * Both are NaN for no values.
 */
public record MeanStd(double mean, double std) {

    public static MeanStd of(double[] values) {
        if (values.length == 0) return new MeanStd(Double.NaN, Double.NaN);
        double sum = 0;
        for (double v : values) sum += v;
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) squares += (v - mean) * (v - mean);
        return new MeanStd(mean, Math.sqrt(squares / values.length));
    }

    /** As in the paper's tables, e.g. {@code 1.10 ± 0.50}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.2f ± %.2f", mean, std);
    }
}
