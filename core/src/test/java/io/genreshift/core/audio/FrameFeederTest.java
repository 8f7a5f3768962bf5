package io.genreshift.core.audio;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrameFeederTest {
    /** Take A has value +f in frame f, take B −f: any frame tells which take it came from and where. */
    static final PcmBuffer A = Ramps.ramp(10_000, 1);
    static final PcmBuffer B = Ramps.ramp(10_000, -1);

    @Test
    void feedsFramesInOrderAndAdvances() {
        FrameFeeder feeder = new FrameFeeder(A, B);
        byte[] chunk = new byte[100 * PcmBuffer.BYTES_PER_FRAME];

        feeder.fill(chunk, 100);
        int n = feeder.fill(chunk, 100);

        assertThat(n).isEqualTo(100);
        assertThat(Ramps.frameValue(chunk, 0)).isEqualTo(100);
        assertThat(feeder.position()).isEqualTo(200);
    }

    @Test
    void switchingTakesContinuesAtTheSameFrame() {
        FrameFeeder feeder = new FrameFeeder(A, B);
        byte[] chunk = new byte[300 * PcmBuffer.BYTES_PER_FRAME];
        feeder.fill(chunk, 257);

        feeder.select(Take.B);
        feeder.fill(chunk, 300);

        assertThat(Ramps.frameValue(chunk, 0)).isEqualTo(-257);
        assertThat(Ramps.frameValue(chunk, 299)).isEqualTo(-556);
    }

    @Test
    void seekIsClampedToTheFeed() {
        FrameFeeder feeder = new FrameFeeder(A);
        byte[] chunk = new byte[10 * PcmBuffer.BYTES_PER_FRAME];

        feeder.seek(-5);
        assertThat(feeder.position()).isZero();
        feeder.seek(1_000_000);
        assertThat(feeder.atEnd()).isTrue();
        assertThat(feeder.fill(chunk, 10)).isZero();
        feeder.seek(4321);
        feeder.fill(chunk, 10);
        assertThat(Ramps.frameValue(chunk, 0)).isEqualTo(4321);
    }

    @Test
    void theShorterTakeIsPaddedWithSilence() {
        FrameFeeder feeder = new FrameFeeder(Ramps.ramp(50, 1), Ramps.ramp(80, -1));
        byte[] chunk = new byte[40 * PcmBuffer.BYTES_PER_FRAME];
        feeder.seek(40);

        int n = feeder.fill(chunk, 40);

        assertThat(feeder.lengthFrames()).isEqualTo(80);
        assertThat(n).isEqualTo(40);
        assertThat(Ramps.frameValue(chunk, 9)).isEqualTo(49);
        assertThat(Ramps.frameValue(chunk, 10)).isZero();
        assertThat(feeder.fill(chunk, 40)).isZero();
    }
}
