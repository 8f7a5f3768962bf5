package io.genreshift.core.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PcmPlayer} on a real ALSA output line whose sound goes to a file (see {@link AlsaFileDevice}): what reaches the
 * device, frame for frame. Each test runs one {@link DevicePlayback} scenario in a child JVM, under a second of audio.
 */
class PcmPlayerOnDeviceTest {
    @TempDir
    Path dir;

    @Test
    void aRenderedSongReachesTheDeviceFrameForFrame() throws Exception {
        AlsaFileDevice device = AlsaFileDevice.in(dir);

        device.play(DevicePlayback.class, "rendered", dir.toString());

        byte[] expected = Files.readAllBytes(dir.resolve(DevicePlayback.EXPECTED_FILE));
        byte[] heard = device.captured();
        assertThat(PcmBuffer.of(expected).rms()).as("the rendering is not silence").isGreaterThan(100);
        assertThat(firstDifferentFrame(heard, expected)).as("first frame that differs (-1: none) of %d sent, %d captured",
                expected.length / PcmBuffer.BYTES_PER_FRAME, heard.length / PcmBuffer.BYTES_PER_FRAME).isEqualTo(-1);
    }

    @Test
    void anAbSwitchMidPlaybackContinuesInBAtTheNextFrame() throws Exception {
        AlsaFileDevice device = AlsaFileDevice.in(dir);

        device.play(DevicePlayback.class, "ab", dir.toString());

        byte[] heard = device.captured();
        assertThat(heard).hasSize(DevicePlayback.AB_FRAMES * PcmBuffer.BYTES_PER_FRAME);
        int k = 0; // the first frame from B
        while (k < DevicePlayback.AB_FRAMES && Ramps.frameTag(heard, k) == k + 1) k++;
        assertThat(k).as("frames from A before the switch").isBetween(DevicePlayback.SWITCH_AFTER, DevicePlayback.AB_FRAMES - 1);
        for (int f = k; f < DevicePlayback.AB_FRAMES; f++) {
            assertThat(Ramps.frameTag(heard, f)).as("frame %d (B from frame %d on)", f, k).isEqualTo(-(f + 1L));
        }
    }

    @Test
    void aLoopWrapsAtTheExactFrameOnTheDevice() throws Exception {
        AlsaFileDevice device = AlsaFileDevice.in(dir);

        String output = device.play(DevicePlayback.class, "loop", dir.toString());

        byte[] heard = device.captured();
        int n = heard.length / PcmBuffer.BYTES_PER_FRAME;
        assertThat((long) n).as("frames captured").isGreaterThanOrEqualTo(DevicePlayback.PAUSE_AFTER);
        LoopRegion loop = DevicePlayback.LOOP;
        long expected = 0;
        int wraps = 0;
        for (int f = 0; f < n; f++) {
            assertThat(Ramps.frameTag(heard, f)).as("frame %d captured", f).isEqualTo(expected + 1);
            long next = LoopRegionTest.successor(loop, expected);
            if (next < expected) wraps++;
            expected = next;
        }
        assertThat(wraps).isGreaterThanOrEqualTo(3);
        assertThat(playheadAfterPause(output)).as("the playhead after the pause is inside the loop")
                .isBetween(loop.startFrame(), loop.endFrame() - 1);
    }

    private static int firstDifferentFrame(byte[] heard, byte[] expected) {
        int frames = Math.max(heard.length, expected.length) / PcmBuffer.BYTES_PER_FRAME;
        for (int f = 0; f < frames; f++) {
            int at = f * PcmBuffer.BYTES_PER_FRAME;
            if (at + PcmBuffer.BYTES_PER_FRAME > Math.min(heard.length, expected.length)) return f;
            if (!java.util.Arrays.equals(heard, at, at + PcmBuffer.BYTES_PER_FRAME, expected, at, at + PcmBuffer.BYTES_PER_FRAME)) return f;
        }
        return -1;
    }

    private static long playheadAfterPause(String output) {
        return output.lines().filter(l -> l.startsWith(DevicePlayback.PLAYHEAD_AFTER_PAUSE))
                .mapToLong(l -> Long.parseLong(l.substring(DevicePlayback.PLAYHEAD_AFTER_PAUSE.length()).trim()))
                .findFirst().orElseThrow(() -> new AssertionError("the child did not report its playhead:\n" + output));
    }
}
