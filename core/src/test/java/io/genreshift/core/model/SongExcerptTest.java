package io.genreshift.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SongExcerptTest {
    private static final int PPQ = 96;
    private static final long BAR = 4L * PPQ;

    private static Song song(List<TimeSignature> meters, List<TempoChange> tempi, List<Note> notes) {
        return new Song("demo", PPQ, new TempoMap(PPQ, tempi), meters, List.of(), notes, 0);
    }

    @Test
    void barsTwoToThreeStartAtZeroWithTheTempoOfBarTwoAndNotesCutAtTheEnd() {
        Note inBar1 = Note.of(60, 0, PPQ, 90);
        Note inBar2 = Note.of(62, BAR + PPQ, PPQ, 90);
        Note acrossTheEnd = Note.of(64, 3 * BAR - PPQ, 2 * PPQ, 90);   // starts in bar 3, rings into bar 4
        Note inBar4 = Note.of(65, 3 * BAR, PPQ, 90);
        Song s = song(List.of(TimeSignature.FOUR_FOUR),
                List.of(TempoChange.ofBpm(0, 100), TempoChange.ofBpm(BAR / 2, 80), TempoChange.ofBpm(2 * BAR, 120)),
                List.of(inBar1, inBar2, acrossTheEnd, inBar4));

        Song x = SongExcerpt.bars(s, 2, 3);

        assertThat(x.notes()).containsExactly(Note.of(62, PPQ, PPQ, 90), Note.of(64, 2 * BAR - PPQ, PPQ, 90));
        assertThat(x.lengthTicks()).isEqualTo(2 * BAR);
        assertThat(x.tempoMap().bpmAt(0)).isCloseTo(80, org.assertj.core.api.Assertions.within(0.01));
        assertThat(x.tempoMap().bpmAt(BAR)).isCloseTo(120, org.assertj.core.api.Assertions.within(0.01));
        assertThat(x.meters()).containsExactly(TimeSignature.FOUR_FOUR);
        assertThat(x.title()).isEqualTo("demo (bars 2-3)");
    }

    @Test
    void barsAreCountedAcrossAMeterChange() {
        // Bars 1-2 in 4/4, then 3/4 from bar 3: bar 4 starts at 2 bars of 4/4 + 1 bar of 3/4.
        long threeFour = 3L * PPQ;
        Song s = song(List.of(TimeSignature.FOUR_FOUR, new TimeSignature(2 * BAR, 3, 4)), List.of(),
                List.of(Note.of(60, 2 * BAR + threeFour, PPQ, 90), Note.of(61, 2 * BAR + 3 * threeFour, PPQ, 90)));

        Song x = SongExcerpt.bars(s, 4, 5);

        assertThat(x.notes()).containsExactly(Note.of(60, 0, PPQ, 90));
        assertThat(x.meters()).containsExactly(new TimeSignature(0, 3, 4));
        assertThat(x.lengthTicks()).isEqualTo(2 * threeFour);
    }

    @Test
    void aRangeOutsideTheSongIsRefusedWithTheLastBar() {
        Song s = song(List.of(TimeSignature.FOUR_FOUR), List.of(), List.of(Note.of(60, 0, 8 * BAR, 90)));
        assertThatThrownBy(() -> SongExcerpt.bars(s, 9, 12)).hasMessageContaining("no bar 9").hasMessageContaining("bar 8");
        assertThatThrownBy(() -> SongExcerpt.bars(s, 3, 2)).hasMessageContaining("1-8");
        assertThat(SongExcerpt.bars(s, 7, 20).lengthTicks()).as("stops at the song's end").isEqualTo(2 * BAR);
    }
}
