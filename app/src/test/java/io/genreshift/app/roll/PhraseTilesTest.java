package io.genreshift.app.roll;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhraseTilesTest {
    private static final int PPQ = 96;

    @Test
    void phrasesFollowTheBarsAndASpanInThreeFourIsUntouched() {
        // 4 bars of 4/4 (1536 ticks), 3 bars of 3/4 (864 ticks), then 4/4.
        Song song = song(List.of(new TimeSignature(0, 4, 4), new TimeSignature(1536, 3, 4), new TimeSignature(2400, 4, 4)), 4224);

        PhraseTiles tiles = PhraseTiles.of(song);

        assertThat(tiles.phrases().subList(0, 3)).containsExactly(new TickRange(0, 1536), new TickRange(2400, 3936),
                new TickRange(3936, 5472));
        assertThat(tiles.untouched()).containsExactly(new TickRange(1536, 2400));
        // The tooltip's bar numbers are the ruler's: bars 5–7 are the 3/4 ones, so the second phrase starts at bar 8.
        assertThat(tiles.bars().subList(0, 3)).containsExactly(new PhraseTiles.Bars(1, 4), new PhraseTiles.Bars(8, 11),
                new PhraseTiles.Bars(12, 15));
        assertThat(tiles.bars().get(1).label()).isEqualTo("bars 8–11");
        assertThat(tiles.firstEndingAfter(1600)).isEqualTo(1);
        assertThat(tiles.firstEndingAfter(0)).isZero();
    }

    @Test
    void aSongInFourFourHasTilesEverySixtyFourStepsPastItsEnd() {
        PhraseTiles tiles = PhraseTiles.of(song(List.of(TimeSignature.FOUR_FOUR, new TimeSignature(480, 4, 4)), 1000));

        assertThat(tiles.untouched()).isEmpty();
        assertThat(tiles.phrases()).hasSizeGreaterThan(PhraseTiles.PHRASES_PAST_THE_END);
        for (int i = 0; i < 5; i++) assertThat(tiles.phrases().get(i)).isEqualTo(new TickRange(i * 1536L, (i + 1) * 1536L));
    }

    @Test
    void aPhraseInTwoFourCoversEightBars() {
        PhraseTiles tiles = PhraseTiles.of(song(List.of(new TimeSignature(0, 2, 4)), 3072));

        assertThat(tiles.bars().subList(0, 2)).containsExactly(new PhraseTiles.Bars(1, 8), new PhraseTiles.Bars(9, 16));
        assertThat(new PhraseTiles.Bars(3, 3).label()).isEqualTo("bar 3");
    }

    private static Song song(List<TimeSignature> meters, long length) {
        return new Song("t", PPQ, TempoMap.constant(PPQ, 120), meters, List.of(),
                List.<Note>of(), length);
    }
}
