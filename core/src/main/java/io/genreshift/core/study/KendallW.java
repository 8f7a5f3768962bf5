package io.genreshift.core.study;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kendall's coefficient of concordance W: how much m raters agree on the order of the same n items, from 0 (no
 * agreement beyond chance) to 1 (identical rankings). With ties, the corrected form is used:
 * {@code W = 12·S / (m²(n³ − n) − m·Σ_j T_j)}, where S is the sum of squared deviations of the items' rank sums from
 * their mean and {@code T_j = Σ (t³ − t)} over the tie groups of rater j (Kendall &amp; Babington Smith 1939).
 */
public final class KendallW {

    private KendallW() {
    }

    /**
     * W of rankings that all rank the same items. NaN where it is undefined: fewer than two items, or every rater tied
     * everything. One rater agrees with itself: W = 1.
     *
     * @throws IllegalArgumentException if the rankings do not all rank the same items
     */
    public static double of(List<Ranking> raters) {
        if (raters.isEmpty()) return Double.NaN;
        Set<String> items = raters.get(0).ranks().keySet();
        int n = items.size();
        int m = raters.size();
        Map<String, Double> rankSums = new HashMap<>();
        double ties = 0;
        for (Ranking r : raters) {
            Map<String, Double> ranks = r.ranks();
            if (!ranks.keySet().equals(items)) {
                throw new IllegalArgumentException("Kendall's W needs every rater to rank the same items: " + items
                        + " and " + ranks.keySet());
            }
            ranks.forEach((item, rank) -> rankSums.merge(item, rank, Double::sum));
            for (List<String> tier : r.tiers()) ties += Math.pow(tier.size(), 3) - tier.size();
        }
        if (n < 2) return Double.NaN;
        double mean = m * (n + 1) / 2.0;
        double s = 0;
        for (double sum : rankSums.values()) s += (sum - mean) * (sum - mean);
        double denominator = (double) m * m * ((double) n * n * n - n) - m * ties;
        if (denominator <= 0) return Double.NaN;
        return 12 * s / denominator;
    }
}
