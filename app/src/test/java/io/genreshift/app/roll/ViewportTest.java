package io.genreshift.app.roll;

import io.genreshift.core.model.Note;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ViewportTest {
    private static final ZoomLimits LIMITS = ZoomLimits.forPpq(480);
    /** 800×400 px, tick 960 at the left edge, row 40 (pitch 87) at the top, 0.1 px per tick, 10 px rows. */
    private final Viewport v = new Viewport(800, 400, 960, 40, 0.1, 10);

    @Test
    void convertsTicksAndPitchesToPixelsAndBack() {
        assertThat(v.x(960)).isZero();
        assertThat(v.x(1960)).isEqualTo(100, within(1e-9));
        assertThat(v.tickAt(100)).isEqualTo(1960, within(1e-9));
        assertThat(v.y(87)).isZero();
        assertThat(v.y(86)).isEqualTo(10);
        assertThat(v.pitchAt(0)).isEqualTo(87);
        assertThat(v.pitchAt(9.99)).isEqualTo(87);
        assertThat(v.pitchAt(10)).isEqualTo(86);
        assertThat(v.topVisiblePitch()).isEqualTo(87);
        assertThat(v.bottomVisiblePitch()).isEqualTo(48);
        assertThat(v.rect(Note.of(86, 1960, 480, 100))).containsExactly(100, 10, 48, 10);
    }

    @Property
    void pitchAtInvertsY(@ForAll @IntRange(min = 0, max = 127) int pitch, @ForAll @DoubleRange(min = 0, max = 0.99) double within) {
        assertThat(v.pitchAt(v.y(pitch) + within * v.rowHeight())).isEqualTo(pitch);
    }

    @Property
    void timeZoomKeepsTheTickUnderTheAnchor(@ForAll @DoubleRange(min = 0.2, max = 5) double factor,
                                            @ForAll @DoubleRange(min = 0, max = 800) double anchorX) {
        Viewport zoomed = v.zoomedTime(factor, anchorX, LIMITS);
        assertThat(zoomed.tickAt(anchorX)).isCloseTo(v.tickAt(anchorX), within(1e-6));
    }

    @Property
    void pitchZoomKeepsTheRowUnderTheAnchor(@ForAll @DoubleRange(min = 0.3, max = 3) double factor,
                                            @ForAll @DoubleRange(min = 0, max = 400) double anchorY) {
        Viewport zoomed = v.zoomedPitch(factor, anchorY, LIMITS);
        double rowBefore = v.topRow() + anchorY / v.rowHeight();
        double rowAfter = zoomed.topRow() + anchorY / zoomed.rowHeight();
        assertThat(rowAfter).isCloseTo(rowBefore, within(1e-9));
    }

    @Test
    void zoomStopsAtTheLimits() {
        Viewport in = v.zoomedTime(1e9, 0, LIMITS);
        assertThat(in.pxPerTick()).isEqualTo(LIMITS.maxPxPerTick());
        Viewport flat = v.zoomedPitch(1e-9, 0, LIMITS);
        assertThat(flat.rowHeight()).isEqualTo(LIMITS.minRowHeight());
    }

    @Test
    void fittedShowsTheWholeLengthAndPitchRange() {
        Viewport fit = v.fitted(96_000, 48, 72, LIMITS);
        assertThat(fit.originTick()).isZero();
        assertThat(fit.endTick()).isCloseTo(96_000, within(1e-6));
        assertThat(fit.topVisiblePitch()).isGreaterThanOrEqualTo(72);
        assertThat(fit.bottomVisiblePitch()).isLessThanOrEqualTo(48);
    }

    @Test
    void clampedKeepsTheViewInsideTheContent() {
        Viewport past = v.withOrigin(1_000_000, 500).clamped(20_000);
        assertThat(past.endTick()).isCloseTo(20_000, within(1e-6));
        assertThat(past.topRow() + past.visibleRows()).isCloseTo(Viewport.ROWS, within(1e-9));
        Viewport before = v.withOrigin(-500, -3).clamped(20_000);
        assertThat(before.originTick()).isZero();
        assertThat(before.topRow()).isZero();
        Viewport small = v.withOrigin(500, 0).clamped(1000); // content narrower than the view
        assertThat(small.originTick()).isZero();
    }

    @Test
    void scrolledByMovesByPixels() {
        Viewport s = v.scrolledBy(100, 20);
        assertThat(s.originTick()).isCloseTo(1960, within(1e-9));
        assertThat(s.topRow()).isCloseTo(42, within(1e-9));
    }
}
