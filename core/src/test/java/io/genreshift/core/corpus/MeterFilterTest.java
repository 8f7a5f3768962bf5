package io.genreshift.core.corpus;

import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeterFilterTest {

    @Test
    void referenceFilterAcceptsOnlyOneFourFourAtTheStart() {
        assertThat(MeterFilter.FOUR_FOUR.check(song(new TimeSignature(0, 4, 4)))).isEmpty();
        assertThat(MeterFilter.FOUR_FOUR.check(song(new TimeSignature(0, 2, 4)))).contains(Rejection.OTHER_METER);
        assertThat(MeterFilter.FOUR_FOUR.check(song())).contains(Rejection.NO_METER);
        assertThat(MeterFilter.FOUR_FOUR.check(song(new TimeSignature(96, 4, 4)))).contains(Rejection.METER_NOT_AT_START);
        assertThat(MeterFilter.FOUR_FOUR.check(song(new TimeSignature(0, 4, 4), new TimeSignature(960, 4, 4))))
                .contains(Rejection.METER_CHANGES);
    }

    @Test
    void dupleFilterAlsoAcceptsTwoFourAndTwoTwoButNotTriple() {
        assertThat(MeterFilter.DUPLE.check(song(new TimeSignature(0, 2, 4)))).isEmpty();
        assertThat(MeterFilter.DUPLE.check(song(new TimeSignature(0, 2, 2)))).isEmpty();
        assertThat(MeterFilter.DUPLE.check(song(new TimeSignature(0, 4, 4)))).isEmpty();
        assertThat(MeterFilter.DUPLE.check(song(new TimeSignature(0, 3, 4)))).contains(Rejection.OTHER_METER);
        assertThat(MeterFilter.DUPLE.check(song(new TimeSignature(0, 6, 8)))).contains(Rejection.OTHER_METER);
    }

    @Test
    void parsesTheCommandLineNames() {
        assertThat(MeterFilter.parse("4/4")).isEqualTo(MeterFilter.FOUR_FOUR);
        assertThat(MeterFilter.parse("DUPLE")).isEqualTo(MeterFilter.DUPLE);
        assertThatThrownBy(() -> MeterFilter.parse("3/4")).hasMessageContaining("4/4 or duple");
    }

    private static Song song(TimeSignature... meters) {
        return new Song("t", 96, new TempoMap(96, List.of()), List.of(meters), List.of(), List.of(), 96 * 64);
    }
}
