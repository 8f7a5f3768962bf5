package io.genreshift.app.edit;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapTest {
    private static final int PPQ = 480;

    @Test
    void divisionsHaveTheirMusicalLengthInTicks() {
        assertThat(GridDivision.WHOLE.ticks(PPQ)).isEqualTo(1920);
        assertThat(GridDivision.QUARTER.ticks(PPQ)).isEqualTo(480);
        assertThat(GridDivision.SIXTEENTH.ticks(PPQ)).isEqualTo(120);
        assertThat(GridDivision.THIRTY_SECOND.ticks(PPQ)).isEqualTo(60);
        assertThat(GridDivision.EIGHTH_TRIPLET.ticks(PPQ)).isEqualTo(160); // three in a quarter
        assertThat(GridDivision.SIXTEENTH_TRIPLET.ticks(PPQ)).isEqualTo(80);
        assertThat(GridDivision.THIRTY_SECOND.ticks(4)).isEqualTo(1); // never below one tick
    }

    @Test
    void nearestRoundsToTheCloserLineAndHalvesUp() {
        Snap snap = new Snap(120);
        assertThat(snap.nearest(59)).isEqualTo(0);
        assertThat(snap.nearest(60)).isEqualTo(120);
        assertThat(snap.nearest(179)).isEqualTo(120);
        assertThat(snap.nearest(-50)).isEqualTo(0);
        assertThat(snap.floor(239)).isEqualTo(120);
        assertThat(snap.ceil(121)).isEqualTo(240);
        assertThat(snap.ceil(240)).isEqualTo(240);
    }

    @Test
    void snapDeltaLandsTheAnchorOnAGridLineNotOnAMultipleOfTheGrid() {
        Snap snap = new Snap(120);
        // A note at 130 dragged by +100 ends near 230: it lands on 240, so the delta is 110, not 120.
        assertThat(snap.snapDelta(130, 100)).isEqualTo(110);
        assertThat(130 + snap.snapDelta(130, -200)).isEqualTo(0);
    }

    @Test
    void offSnapsToSingleTicks() {
        assertThat(Snap.OFF.nearest(1234)).isEqualTo(1234);
        assertThat(Snap.OFF.snapDelta(17, 5)).isEqualTo(5);
        assertThatThrownBy(() -> new Snap(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void nearestIsAGridLineWithinHalfAStep(@ForAll @LongRange(min = 0, max = 10_000_000) long tick,
                                           @ForAll @LongRange(min = 1, max = 5000) long grid) {
        long snapped = new Snap(grid).nearest(tick);
        assertThat(snapped % grid).isZero();
        assertThat(Math.abs(snapped - tick)).isLessThanOrEqualTo(grid / 2 + grid % 2);
    }

    @Property
    void snappingIsIdempotent(@ForAll @LongRange(min = 0, max = 10_000_000) long tick,
                              @ForAll @LongRange(min = 1, max = 5000) long grid) {
        Snap snap = new Snap(grid);
        assertThat(snap.nearest(snap.nearest(tick))).isEqualTo(snap.nearest(tick));
        assertThat(snap.floor(tick)).isLessThanOrEqualTo(tick).isGreaterThan(tick - grid);
        assertThat(snap.ceil(tick)).isGreaterThanOrEqualTo(tick).isLessThan(tick + grid);
    }
}
