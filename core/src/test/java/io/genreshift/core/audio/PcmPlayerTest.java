package io.genreshift.core.audio;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The player against a recording sink that "plays" every frame as soon as it is written. */
class PcmPlayerTest {
    static final PcmBuffer A = Ramps.ramp(20_000, 1);
    static final PcmBuffer B = Ramps.ramp(20_000, -1);

    @Test
    void playsEverythingOnceAndReportsTheEnd() throws Exception {
        RecordingSink sink = new RecordingSink();
        PcmPlayer player = new PcmPlayer(sink);
        CountDownLatch finished = new CountDownLatch(1);
        player.setOnFinished(finished::countDown);
        player.load(A);

        player.play();

        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sink.recorded()).hasSize(20_000 * PcmBuffer.BYTES_PER_FRAME);
        assertThat(player.isPlaying()).isFalse();
        assertThat(player.positionFrames()).isEqualTo(20_000);
    }

    @Test
    void abSwitchIsSampleAccurate() throws Exception {
        RecordingSink sink = new RecordingSink();
        PcmPlayer player = new PcmPlayer(sink);
        CountDownLatch finished = new CountDownLatch(1);
        player.setOnFinished(finished::countDown);
        player.load(A, B);
        int[] switchedAt = {-1};
        // Switch from inside the sink while frames are flowing, as a click during playback would.
        sink.afterWrite = frames -> {
            if (switchedAt[0] < 0 && frames >= 5000) {
                switchedAt[0] = frames;
                player.select(Take.B);
            }
        };

        player.play();

        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        byte[] heard = sink.recorded();
        int k = switchedAt[0];
        assertThat(k).isBetween(5000, 20_000);
        // every frame is the right frame index, from A before the switch and from B after it
        for (int f = 0; f < 20_000; f++) {
            assertThat(Ramps.frameValue(heard, f)).as("frame %d", f).isEqualTo(f < k ? f : -f);
        }
    }

    @Test
    void seekWhilePausedStartsThereAndMovesThePlayhead() throws Exception {
        RecordingSink sink = new RecordingSink();
        PcmPlayer player = new PcmPlayer(sink);
        CountDownLatch finished = new CountDownLatch(1);
        player.setOnFinished(finished::countDown);
        player.load(A);

        player.seekSeconds(12_345 / 44_100.0);
        assertThat(player.positionFrames()).isEqualTo(12_345);
        player.play();

        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Ramps.frameValue(sink.recorded(), 0)).isEqualTo(12_345);
        assertThat(sink.recorded()).hasSize((20_000 - 12_345) * PcmBuffer.BYTES_PER_FRAME);
    }

    @Test
    void stopRewindsAndPlayAtTheEndStartsOver() throws Exception {
        RecordingSink sink = new RecordingSink();
        PcmPlayer player = new PcmPlayer(sink);
        CountDownLatch twice = new CountDownLatch(2);
        player.setOnFinished(twice::countDown);
        player.load(Ramps.ramp(3000, 1));

        player.play();
        awaitStopped(player);
        player.play(); // at the end: from the start again
        assertThat(twice.await(10, TimeUnit.SECONDS)).isTrue();
        player.stop();

        assertThat(player.positionFrames()).isZero();
        assertThat(sink.recorded()).hasSize(2 * 3000 * PcmBuffer.BYTES_PER_FRAME);
    }

    @Test
    void aLoopWrapsAtTheExactFrameUntilPausedAndThePlayheadFollowsIt() {
        RecordingSink sink = new RecordingSink();
        PcmPlayer player = new PcmPlayer(sink);
        player.load(A);
        LoopRegion loop = new LoopRegion(4321, 9876);
        player.setLoop(loop);
        // Pause from inside the sink once enough has been played for a few wraps, as a click would.
        sink.afterWrite = frames -> {
            if (frames >= 30_000) player.pause();
        };

        player.play();
        awaitStopped(player);

        byte[] heard = sink.recorded();
        int n = heard.length / PcmBuffer.BYTES_PER_FRAME;
        assertThat(n).isGreaterThanOrEqualTo(30_000);
        long expected = 0;
        for (int f = 0; f < n; f++) {
            assertThat(Ramps.frameValue(heard, f)).as("frame %d", f).isEqualTo(expected);
            expected = LoopRegionTest.successor(loop, expected);
        }
        assertThat(player.positionFrames()).isEqualTo(expected);
    }

    @Test
    void theLoopOutlivesLoadingALongerRendering() {
        RecordingSink sink = new RecordingSink();
        PcmPlayer player = new PcmPlayer(sink);
        player.load(Ramps.ramp(1000, 1));
        player.setLoop(new LoopRegion(500, 1500)); // cut to 500..1000 for now
        player.load(Ramps.ramp(3000, 1));
        player.seek(1400);
        sink.afterWrite = frames -> {
            if (frames >= 200) player.pause();
        };

        player.play();
        awaitStopped(player);

        byte[] heard = sink.recorded();
        assertThat(Ramps.frameValue(heard, 99)).isEqualTo(1499);
        assertThat(Ramps.frameValue(heard, 100)).isEqualTo(500);
    }

    private static void awaitStopped(PcmPlayer player) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (player.isPlaying()) {
            assertThat(System.nanoTime()).as("still playing after 10 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    /** Accepts every write at once and counts it as heard. */
    static final class RecordingSink implements AudioSink {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private long frames;
        volatile IntConsumer afterWrite = f -> { };

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }

        @Override
        public void flush() {
        }

        @Override
        public void drain() {
        }

        @Override
        public int write(byte[] b, int off, int len) {
            long total;
            synchronized (this) {
                bytes.write(b, off, len);
                frames += len / PcmBuffer.BYTES_PER_FRAME;
                total = frames;
            }
            afterWrite.accept((int) total);
            return len;
        }

        @Override
        public synchronized long framePosition() {
            return frames;
        }

        @Override
        public void close() {
        }

        synchronized byte[] recorded() {
            return bytes.toByteArray();
        }
    }
}
