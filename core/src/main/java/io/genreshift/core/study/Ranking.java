package io.genreshift.core.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One participant's order of the items of one snippet, best first, as tiers: items in the same tier are tied. A strict
 * ranking has one item per tier. Items are clip ids in a results file and variant ids once the study key is applied.
 */
public record Ranking(List<List<String>> tiers) {

    public Ranking {
        if (tiers == null || tiers.isEmpty()) throw new IllegalArgumentException("a ranking needs at least one item");
        List<List<String>> copy = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (List<String> tier : tiers) {
            if (tier == null || tier.isEmpty()) throw new IllegalArgumentException("a ranking has an empty tier: " + tiers);
            for (String item : tier) {
                if (!seen.add(item)) throw new IllegalArgumentException("'" + item + "' is ranked twice in " + tiers);
            }
            copy.add(List.copyOf(tier));
        }
        tiers = List.copyOf(copy);
    }

    /** A ranking without ties, best first. */
    public static Ranking strict(List<String> bestFirst) {
        return new Ranking(bestFirst.stream().map(List::of).toList());
    }

    /** How many items are ranked (K of this ranking). */
    public int size() {
        return tiers.stream().mapToInt(List::size).sum();
    }

    /**
     * The rank of each item, 1 = best; tied items share the mean of the positions they occupy (mid-ranks), the usual
     * convention of Kendall's W, so the ranks always sum to K(K+1)/2.
     */
    public Map<String, Double> ranks() {
        Map<String, Double> ranks = new LinkedHashMap<>();
        int before = 0;
        for (List<String> tier : tiers) {
            double mid = before + (tier.size() + 1) / 2.0;
            for (String item : tier) ranks.put(item, mid);
            before += tier.size();
        }
        return ranks;
    }

    /** The same ranking with every item renamed, e.g. clip ids to variant ids. */
    public Ranking renamed(Map<String, String> names) {
        return new Ranking(tiers.stream().map(t -> t.stream().map(item -> {
            String name = names.get(item);
            if (name == null) throw new IllegalArgumentException("no name for '" + item + "'");
            return name;
        }).toList()).toList());
    }
}
