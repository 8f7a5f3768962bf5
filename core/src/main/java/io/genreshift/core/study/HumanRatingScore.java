package io.genreshift.core.study;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The listening study's score per model (Brunner et al. 2019, §5.3):
 * {@code s_hr^M = (1/N) Σ_r #{rank of M = r}·(K − r)/(K − 1)}, i.e. the mean over the rankings of (K − rank)/(K − 1):
 * 1 if a model is always ranked first, 0 if always last.
 *
 * <p>Two cases the paper's formula does not cover, and the rule used here:
 * <ul>
 *   <li>A model missing from a ranking (its transfer was not made for that snippet): K is counted per ranking, and N per
 *   model is the number of rankings that contain it. With every model in every ranking this is exactly the paper's
 *   formula.</li>
 *   <li>Ties: tied models get the mean of the positions they share (mid-rank), so two models tied for first of four
 *   both score (4 − 1.5)/3.</li>
 * </ul>
 * Rankings of a single item say nothing about an order and are skipped.
 */
public final class HumanRatingScore {

    private HumanRatingScore() {
    }

    /** A model's score and the number of rankings it was ranked in. */
    public record Score(double value, int rankings) {
    }

    /** The score of every item that occurs in a ranking of two or more items, by item, in name order. */
    public static Map<String, Score> of(List<Ranking> rankings) {
        Map<String, double[]> sums = new TreeMap<>(); // item -> {sum of (K - r)/(K - 1), count}
        for (Ranking ranking : rankings) {
            int k = ranking.size();
            if (k < 2) continue;
            ranking.ranks().forEach((item, rank) -> {
                double[] s = sums.computeIfAbsent(item, x -> new double[2]);
                s[0] += (k - rank) / (k - 1);
                s[1]++;
            });
        }
        Map<String, Score> scores = new TreeMap<>();
        sums.forEach((item, s) -> scores.put(item, new Score(s[0] / s[1], (int) s[1])));
        return scores;
    }
}
