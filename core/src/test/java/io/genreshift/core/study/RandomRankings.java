package io.genreshift.core.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Random strict rankings of the items m0, m1, ... for property tests. */
final class RandomRankings {
    private RandomRankings() {
    }

    static List<String> items(int k) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < k; i++) items.add("m" + i);
        return items;
    }

    static List<Ranking> strict(int k, int n, Random random) {
        List<Ranking> rankings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> order = items(k);
            Collections.shuffle(order, random);
            rankings.add(Ranking.strict(order));
        }
        return rankings;
    }
}
