package io.genreshift.core.corpus;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class SongSplitterTest {

    @Property
    void groupsNeverStraddleTheSplit(@ForAll @IntRange(min = 1, max = 300) int songs, @ForAll @IntRange(min = 1, max = 8) int groupSize,
                                     @ForAll long seed) {
        List<Integer> keys = range(songs);
        Function<Integer, Integer> group = s -> s / groupSize;

        Map<Integer, Split> split = SongSplitter.split(keys, group, 0.1, seed);

        Map<Integer, Split> byGroup = new HashMap<>();
        for (int s : keys) {
            Split previous = byGroup.putIfAbsent(group.apply(s), split.get(s));
            if (previous != null) assertThat(split.get(s)).as("song %d", s).isEqualTo(previous);
        }
    }

    @Property
    void testShareIsTheRatioUpToOneGroup(@ForAll @IntRange(min = 1, max = 500) int songs, @ForAll @IntRange(min = 1, max = 5) int groupSize,
                                         @ForAll long seed) {
        Map<Integer, Split> split = SongSplitter.split(range(songs), s -> s / groupSize, 0.1, seed);

        long test = split.values().stream().filter(s -> s == Split.TEST).count();
        long target = Math.round(0.1 * songs);
        assertThat(split).hasSize(songs);
        assertThat(test).isBetween(target, target + groupSize - 1);
    }

    @Property
    void theSplitDependsOnTheSeedNotOnTheInputOrder(@ForAll @IntRange(min = 1, max = 200) int songs, @ForAll long seed) {
        List<Integer> keys = range(songs);
        List<Integer> shuffled = new ArrayList<>(keys);
        Collections.shuffle(shuffled, new Random(seed ^ 1));

        assertThat(SongSplitter.split(shuffled, s -> s, 0.1, seed)).isEqualTo(SongSplitter.split(keys, s -> s, 0.1, seed));
    }

    @Test
    void differentSeedsGiveDifferentTestSets() {
        List<Integer> keys = range(1000);

        assertThat(SongSplitter.split(keys, s -> s, 0.1, 1)).isNotEqualTo(SongSplitter.split(keys, s -> s, 0.1, 2));
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(i);
        return out;
    }
}
