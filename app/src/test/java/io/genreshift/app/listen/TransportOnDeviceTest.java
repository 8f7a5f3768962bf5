package io.genreshift.app.listen;

import io.genreshift.core.audio.AlsaFileDevice;
import io.genreshift.core.audio.PcmBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** With an audio device (ALSA's file plugin in a child JVM), the transport is enabled and its sound reaches the device. */
class TransportOnDeviceTest {

    @Test
    void withAnAudioDeviceTheTransportIsEnabledAndPlaysTheSong(@TempDir Path dir) throws Exception {
        AlsaFileDevice device = AlsaFileDevice.in(dir);

        String output = device.play(TransportOnDevice.class);

        assertThat(output).contains(TransportOnDevice.PLAYABLE + "true").contains("state: STOPPED")
                .contains(TransportOnDevice.ERRORS + "[]");
        byte[] heard = device.captured();
        // One bar at 120 BPM is 2 s, plus the renderer's release tail.
        assertThat(heard.length / PcmBuffer.BYTES_PER_FRAME).isGreaterThanOrEqualTo(2 * 44_100);
        assertThat(PcmBuffer.of(heard).rms()).as("not silence").isGreaterThan(100);
    }
}
