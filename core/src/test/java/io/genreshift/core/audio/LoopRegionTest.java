package io.genreshift.core.audio;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoopRegionTest {

    /** The one-frame-at-a-time meaning of a loop, against which the run arithmetic is checked. */
    static long successor(LoopRegion loop, long frame) {
        return frame < loop.endFrame() && frame + 1 == loop.endFrame() ? loop.startFrame() : frame + 1;
    }

    @Property
    void readingInRunsOfAnySizeGivesTheFrameByFrameSequence(
            @ForAll @IntRange(max = 500) int start, @ForAll @IntRange(min = 1, max = 300) int length,
            @ForAll @IntRange(max = 1000) int from, @ForAll @Size(max = 20) List<@IntRange(min = 1, max = 700) Integer> chunks) {
        LoopRegion loop = new LoopRegion(start, start + length);

        List<Long> read = new ArrayList<>();
        long p = from;
        for (int chunk : chunks) {
            for (int left = chunk; left > 0; ) {
                int run = loop.runLength(p, left);
                assertThat(run).isBetween(1, left);
                for (int i = 0; i < run; i++) read.add(p + i);
                p = loop.advance(p, run);
                left -= run;
            }
        }

        List<Long> expected = new ArrayList<>();
        for (long f = from; expected.size() < read.size(); f = successor(loop, f)) expected.add(f);
        assertThat(read).isEqualTo(expected);
    }

    @Property
    void aRunNeverCrossesTheEnd(@ForAll @IntRange(max = 500) int start, @ForAll @IntRange(min = 1, max = 300) int length,
                                @ForAll @IntRange(max = 1000) int position, @ForAll @IntRange(min = 1, max = 5000) int max) {
        LoopRegion loop = new LoopRegion(start, start + length);

        int run = loop.runLength(position, max);

        if (position < loop.endFrame()) assertThat((long) position + run).isLessThanOrEqualTo(loop.endFrame());
        else assertThat(run).isEqualTo(max);
    }

    @Test
    void theLastFrameOfTheLoopIsFollowedByTheFirst() {
        LoopRegion loop = new LoopRegion(4321, 9876);

        assertThat(loop.runLength(9000, 4096)).isEqualTo(876);
        assertThat(loop.advance(9000, 876)).isEqualTo(4321);
        assertThat(loop.advance(9000, 875)).isEqualTo(9875);
    }

    @Test
    void aPositionPastTheEndPlaysOn() {
        LoopRegion loop = new LoopRegion(100, 200);

        assertThat(loop.runLength(200, 4096)).isEqualTo(4096);
        assertThat(loop.advance(200, 4096)).isEqualTo(4296);
    }

    @Test
    void advancingAcrossTheEndIsRefused() {
        LoopRegion loop = new LoopRegion(100, 200);

        assertThatThrownBy(() -> loop.advance(150, 51)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cross the loop end 200");
    }

    @Test
    void emptyOrNegativeLoopsAreRejectedWithTheFrames() {
        assertThatThrownBy(() -> new LoopRegion(10, 10)).hasMessageContaining("10..10");
        assertThatThrownBy(() -> new LoopRegion(-1, 10)).hasMessageContaining("-1..10");
    }

    @Test
    void aLoopIsCutToTheRendering() {
        assertThat(new LoopRegion(100, 500).fittedTo(300)).contains(new LoopRegion(100, 300));
        assertThat(new LoopRegion(100, 500).fittedTo(1000)).contains(new LoopRegion(100, 500));
        assertThat(new LoopRegion(100, 500).fittedTo(100)).isEmpty();
    }

    @Test
    void secondsAreRoundedToFrames() {
        LoopRegion loop = LoopRegion.ofSeconds(2.0, 4.5);

        assertThat(loop).isEqualTo(new LoopRegion(88_200, 198_450));
        assertThat(loop.endSeconds()).isEqualTo(4.5);
    }
}
