package io.genreshift.app.listen;

import io.genreshift.core.model.TempoChange;
import io.genreshift.core.model.TempoMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MusicalPositionTest {

    @Property(tries = 200)
    void theSameMapKeepsTheTime(@ForAll @DoubleRange(min = 0, max = 600) double seconds, @ForAll @IntRange(min = 40, max = 240) int bpm) {
        TempoMap map = TempoMap.constant(480, bpm);
        assertThat(MusicalPosition.map(seconds, map, map)).isEqualTo(seconds);
    }

    @Property(tries = 200)
    void mappingThereAndBackReturnsToTheSameTime(@ForAll @DoubleRange(min = 0, max = 300) double seconds,
                                                 @ForAll @IntRange(min = 40, max = 240) int bpmA,
                                                 @ForAll @IntRange(min = 40, max = 240) int bpmB) {
        TempoMap a = new TempoMap(480, List.of(TempoChange.ofBpm(0, bpmA), TempoChange.ofBpm(1920, bpmB)));
        TempoMap b = TempoMap.constant(480, bpmB);
        double there = MusicalPosition.map(seconds, a, b);
        assertThat(MusicalPosition.map(there, b, a)).isCloseTo(seconds, within(1e-6));
    }

    @Property(tries = 100)
    void theTickIsKept(@ForAll @IntRange(min = 0, max = 100_000) int tick) {
        TempoMap slow = TempoMap.constant(480, 60);
        TempoMap fast = TempoMap.constant(480, 180);
        double mapped = MusicalPosition.map(slow.ticksToSeconds(tick), slow, fast);
        assertThat(fast.secondsToTicks(mapped + 1e-9)).isEqualTo(tick);
    }
}
