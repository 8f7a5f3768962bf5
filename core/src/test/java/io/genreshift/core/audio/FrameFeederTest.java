package io.genreshift.core.audio;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

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

    @Test
    void aLoopWrapsAtTheExactFrameWithinOneFill() {
        FrameFeeder feeder = new FrameFeeder(A);
        feeder.setLoop(new LoopRegion(100, 250));
        feeder.seek(200);
        byte[] chunk = new byte[200 * PcmBuffer.BYTES_PER_FRAME];

        int n = feeder.fill(chunk, 200);

        assertThat(n).isEqualTo(200);
        assertThat(Ramps.frameValue(chunk, 49)).isEqualTo(249);
        assertThat(Ramps.frameValue(chunk, 50)).isEqualTo(100);
        assertThat(Ramps.frameValue(chunk, 199)).isEqualTo(249);
        assertThat(feeder.position()).isEqualTo(100);
        assertThat(feeder.timelineFrameAt(50)).isEqualTo(100);
    }

    @Property
    void loopedFramesFollowTheLoopFrameByFrameForAnyChunking(
            @ForAll @IntRange(max = 9000) int start, @ForAll @IntRange(min = 1, max = 3000) int length,
            @ForAll @IntRange(max = 10_000) int from, @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 3000) Integer> chunks) {
        FrameFeeder feeder = new FrameFeeder(A);
        LoopRegion loop = new LoopRegion(start, start + length);
        feeder.setLoop(loop);
        LoopRegion fitted = loop.fittedTo(A.frames()).orElseThrow();
        feeder.seek(from);

        long expected = feeder.position();
        long count = 0;
        for (int size : chunks) {
            byte[] chunk = new byte[size * PcmBuffer.BYTES_PER_FRAME];
            int n = feeder.fill(chunk, size);
            for (int i = 0; i < n; i++, count++) {
                assertThat(Ramps.frameValue(chunk, i)).as("frame %d handed out", count).isEqualTo(expected);
                assertThat(feeder.timelineFrameAt(count)).isEqualTo(expected);
                expected = LoopRegionTest.successor(fitted, expected);
            }
            // Only a playhead past the loop reaches the end of the rendering.
            if (n < size) assertThat(feeder.atEnd()).isTrue();
        }
        assertThat(feeder.position()).isEqualTo(Math.min(expected, A.frames()));
    }

    @Test
    void aLoopReachingPastTheRenderingWrapsAtItsLastFrame() {
        FrameFeeder feeder = new FrameFeeder(Ramps.ramp(500, 1));
        feeder.setLoop(new LoopRegion(400, 900));
        feeder.seek(450);
        byte[] chunk = new byte[100 * PcmBuffer.BYTES_PER_FRAME];

        feeder.fill(chunk, 100);

        assertThat(feeder.loop()).contains(new LoopRegion(400, 500));
        assertThat(Ramps.frameValue(chunk, 49)).isEqualTo(499);
        assertThat(Ramps.frameValue(chunk, 50)).isEqualTo(400);
    }

    @Test
    void clearingTheLoopPlaysOnToTheEnd() {
        FrameFeeder feeder = new FrameFeeder(Ramps.ramp(500, 1));
        feeder.setLoop(new LoopRegion(0, 100));
        byte[] chunk = new byte[500 * PcmBuffer.BYTES_PER_FRAME];
        feeder.fill(chunk, 50);

        feeder.clearLoop();

        assertThat(feeder.fill(chunk, 500)).isEqualTo(450);
        assertThat(feeder.atEnd()).isTrue();
        assertThat(feeder.loop()).isEmpty();
    }
}
