package io.genreshift.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeterMapTest {
    private static final int PPQ = 480;
    private static final long BAR = 4 * PPQ;

    @Test
    void aRepeatedFourFourIsOneMeterEvenOffTheBarLine() {
        // As a DAW writes it: 4/4 at tick 0 and the same 4/4 again at tick 480, on beat 2.
        MeterMap map = MeterMap.of(List.of(new TimeSignature(0, 4, 4), new TimeSignature(480, 4, 4)), PPQ, 8 * BAR);

        assertThat(map.spans()).containsExactly(new MeterSpan(0, 8 * BAR, TimeSignature.FOUR_FOUR, 1, false));
    }

    @Test
    void changesStartNewBarsNumberedThroughTheSong() {
        long threeFour = 3 * PPQ;
        MeterMap map = MeterMap.of(List.of(new TimeSignature(0, 4, 4), new TimeSignature(4 * BAR, 3, 4),
                new TimeSignature(4 * BAR + 2 * threeFour, 4, 4), new TimeSignature(4 * BAR + 2 * threeFour + BAR, 4, 4)),
                PPQ, 4 * BAR + 2 * threeFour + 5 * BAR);

        assertThat(map.spans()).extracting(MeterSpan::meterName).containsExactly("4/4", "3/4", "4/4");
        assertThat(map.spans()).extracting(MeterSpan::firstBar).containsExactly(1, 5, 7);
        assertThat(map.spans().get(2).bars(PPQ)).isEqualTo(5);
        // barAt numbers bars as the spans do: the last tick of bar 4, the 3/4 bars 5 and 6, and past the end.
        assertThat(map.barAt(4 * BAR - 1)).isEqualTo(4);
        assertThat(map.barAt(4 * BAR)).isEqualTo(5);
        assertThat(map.barAt(4 * BAR + threeFour)).isEqualTo(6);
        assertThat(map.barAt(4 * BAR + 2 * threeFour)).isEqualTo(7);
        assertThat(map.barAt(4 * BAR + 2 * threeFour + 7 * BAR)).isEqualTo(14);
        assertThat(map.barAt(-5)).isEqualTo(1);
    }

    @Test
    void beforeTheFirstTimeSignatureFourFourIsAssumedAndMarked() {
        MeterMap late = MeterMap.of(List.of(new TimeSignature(BAR, 3, 4)), PPQ, 3 * BAR);
        MeterMap none = MeterMap.of(List.of(), PPQ, 3 * BAR);

        assertThat(late.spans()).extracting(MeterSpan::assumed).containsExactly(true, false);
        assertThat(late.spans().get(0).meterName()).isEqualTo("none");
        assertThat(late.isUnstated()).isFalse();
        assertThat(none.isUnstated()).isTrue();
        assertThat(none.statedSpans()).isEmpty();
    }

    @Test
    void ofTwoEventsAtOneTickTheLaterHoldsAndEventsAfterTheMusicAreIgnored() {
        MeterMap map = MeterMap.of(List.of(new TimeSignature(0, 3, 4), new TimeSignature(0, 4, 4), new TimeSignature(4 * BAR, 2, 4)),
                PPQ, 4 * BAR);

        assertThat(map.spans()).containsExactly(new MeterSpan(0, 4 * BAR, TimeSignature.FOUR_FOUR, 1, false));
    }
}
