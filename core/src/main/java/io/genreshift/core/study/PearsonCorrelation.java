package io.genreshift.core.study;

/** Pearson's product-moment correlation r of paired samples, in [−1, 1]. */
public final class PearsonCorrelation {

    private PearsonCorrelation() {
    }

    /** r of x and y; NaN with fewer than two pairs or when either sample is constant (r is undefined then). */
    public static double of(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("x has " + x.length + " values, y " + y.length);
        int n = x.length;
        if (n < 2) return Double.NaN;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0 || syy == 0) return Double.NaN;
        // Rounding can push |r| a hair over 1 for perfectly linear data.
        return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
    }
}
