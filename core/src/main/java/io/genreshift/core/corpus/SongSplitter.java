package io.genreshift.core.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The song-level train/test split (spec §1.3): a seeded random {@code testRatio} of the songs go to test. Songs of one
 * group (near duplicates) go to the same split together, so no song straddles it. The result depends only on the
 * song keys, their groups, the ratio and the seed, not on the order the songs were found in.
 */
public final class SongSplitter {
    private SongSplitter() {
    }

    /**
     * @param songs   the songs, each once
     * @param groupOf a song's group key; songs with equal keys share a split
     * @return the split of every song
     */
    public static <K extends Comparable<K>, G extends Comparable<G>> Map<K, Split> split(
            List<K> songs, Function<K, G> groupOf, double testRatio, long seed) {
        if (!(testRatio >= 0 && testRatio <= 1)) throw new IllegalArgumentException("test ratio must be in [0, 1], was " + testRatio);
        Map<G, List<K>> groups = new LinkedHashMap<>();
        songs.stream().sorted().forEach(s -> groups.computeIfAbsent(groupOf.apply(s), g -> new ArrayList<>()).add(s));
        List<G> order = new ArrayList<>(groups.keySet());
        Collections.sort(order);
        Collections.shuffle(order, new Random(seed));

        long target = Math.round(testRatio * songs.size());
        Map<K, Split> out = new LinkedHashMap<>();
        int inTest = 0;
        for (G g : order) {
            Split split = inTest < target ? Split.TEST : Split.TRAIN;
            for (K song : groups.get(g)) out.put(song, split);
            if (split == Split.TEST) inTest += groups.get(g).size();
        }
        return out;
    }
}
