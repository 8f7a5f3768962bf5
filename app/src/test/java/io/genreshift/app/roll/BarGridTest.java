package io.genreshift.app.roll;

import io.genreshift.core.model.TimeSignature;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BarGridTest {
    private static final int PPQ = 480;

    @Test
    void fourFourBarsAreFourQuartersFromTickZero() {
        BarGrid grid = new BarGrid(PPQ, List.of());
        assertThat(grid.barAt(0).number()).isEqualTo(1);
        assertThat(grid.barAt(1919).number()).isEqualTo(1);
        assertThat(grid.barAt(1920).start()).isEqualTo(1920);
        assertThat(grid.barAt(1920).number()).isEqualTo(2);
        assertThat(grid.barAt(0).beatTicks(PPQ)).isEqualTo(480);
        assertThat(grid.isFourFourThroughout()).isTrue();
    }

    @Test
    void barsFollowMeterChanges() {
        // Two bars of 4/4, then 3/4 from tick 3840, then 6/8 from bar 5 (3840 + 2*1440 = 6720).
        BarGrid grid = new BarGrid(PPQ, List.of(TimeSignature.FOUR_FOUR, new TimeSignature(3840, 3, 4), new TimeSignature(6720, 6, 8)));
        List<BarGrid.Bar> bars = grid.bars(0, 8000);
        assertThat(bars).extracting(BarGrid.Bar::start).containsExactly(0L, 1920L, 3840L, 5280L, 6720L);
        assertThat(bars).extracting(BarGrid.Bar::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(bars.get(2).length()).isEqualTo(1440);
        assertThat(bars.get(4).beatTicks(PPQ)).isEqualTo(240); // eighth-note beats in 6/8
        assertThat(grid.barStart(5)).isEqualTo(6720);
        assertThat(grid.isFourFourThroughout()).isFalse();
    }

    @Test
    void aMeterEventInsideABarCutsThatBarShort() {
        BarGrid grid = new BarGrid(PPQ, List.of(TimeSignature.FOUR_FOUR, new TimeSignature(2400, 3, 4)));
        BarGrid.Bar second = grid.barAt(2000);
        assertThat(second.start()).isEqualTo(1920);
        assertThat(second.length()).isEqualTo(480);
        assertThat(grid.barAt(2400).number()).isEqualTo(3);
        assertThat(grid.barAt(2400).start()).isEqualTo(2400);
    }

    @Test
    void aRepeatedMeterIsNotAChangeEvenOffTheBarLine() {
        BarGrid grid = new BarGrid(PPQ, List.of(TimeSignature.FOUR_FOUR, new TimeSignature(480, 4, 4)));

        assertThat(grid.bars(0, 4000)).extracting(BarGrid.Bar::start).containsExactly(0L, 1920L, 3840L);
        assertThat(grid.isFourFourThroughout()).isTrue();
    }
}
