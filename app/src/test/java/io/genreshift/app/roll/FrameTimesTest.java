package io.genreshift.app.roll;

import io.genreshift.app.roll.RedrawBenchmark.FrameTimes;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench-ui columns: nearest-rank percentiles of the measured frames, in any frame order. */
class FrameTimesTest {
    @Test
    void medianAndP95AreNearestRankPercentiles() {
        // 1..100 ms, shuffled by a stride coprime to 100 so that the order of frames does not matter.
        double[] ms = IntStream.range(0, 100).mapToDouble(i -> (i * 37) % 100 + 1).toArray();
        FrameTimes times = new FrameTimes(ms);

        assertThat(times.median()).isEqualTo(50);
        assertThat(times.p95()).isEqualTo(95);
    }

    @Test
    void aSingleFrameIsEveryPercentile() {
        FrameTimes times = new FrameTimes(new double[]{4.5});
        assertThat(times.median()).isEqualTo(4.5);
        assertThat(times.p95()).isEqualTo(4.5);
    }

    @Test
    void noFramesGiveNaNRatherThanAnError() {
        assertThat(new FrameTimes(new double[0]).median()).isNaN();
    }
}
