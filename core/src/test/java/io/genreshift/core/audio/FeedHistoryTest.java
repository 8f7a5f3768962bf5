package io.genreshift.core.audio;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedHistoryTest {

    @Property
    void theNthFrameHandedOutIsTheNthFrameOfTheRunsInOrder(
            @ForAll @IntRange(max = 100_000) int origin,
            @ForAll @Size(max = 30) List<@IntRange(max = 5000) Integer> starts,
            @ForAll @IntRange(min = 1, max = 400) int runFrames) {
        FeedHistory history = new FeedHistory();
        history.restart(origin);
        List<Long> handedOut = new ArrayList<>();
        long next = origin;
        for (int s : starts) {
            int frames = 1 + s % runFrames;
            next = s + frames + 7;
            history.record(s, frames, next);
            for (int i = 0; i < frames; i++) handedOut.add((long) s + i);
        }

        for (int n = 0; n < handedOut.size(); n++) {
            assertThat(history.timelineFrameAt(n)).as("frame %d handed out", n).isEqualTo(handedOut.get(n));
        }
        assertThat(history.timelineFrameAt(handedOut.size())).isEqualTo(next);
        assertThat(history.sent()).isEqualTo(handedOut.size());
    }

    @Test
    void beforeAnythingIsHandedOutThePlayheadIsWhereTheFeedStarts() {
        FeedHistory history = new FeedHistory();
        history.restart(12_345);

        assertThat(history.timelineFrameAt(0)).isEqualTo(12_345);
        assertThat(history.timelineFrameAt(99)).isEqualTo(12_345);
    }

    @Test
    void restartForgetsThePast() {
        FeedHistory history = new FeedHistory();
        history.record(0, 1000, 1000);
        history.restart(500);

        assertThat(history.sent()).isZero();
        assertThat(history.timelineFrameAt(10)).isEqualTo(500);
    }

    @Test
    void onlyTheRecentPastIsKeptForATinyLoop() {
        FeedHistory history = new FeedHistory();
        history.restart(100);
        long wraps = 3 * FeedHistory.RETAINED_FRAMES / 10;
        for (long i = 0; i < wraps; i++) history.record(100, 10, 100); // a 10-frame loop, wrapping every run

        long sent = history.sent();
        assertThat(history.runsRemembered()).isLessThanOrEqualTo((int) (FeedHistory.RETAINED_FRAMES / 10 + 2));
        assertThat(history.timelineFrameAt(sent - 3)).isEqualTo(107);
        // Long forgotten: the oldest frame remembered (a loop start here) rather than a made-up position.
        assertThat(history.timelineFrameAt(0)).isEqualTo(100);
    }
}
