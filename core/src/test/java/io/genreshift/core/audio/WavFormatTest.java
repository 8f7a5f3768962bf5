package io.genreshift.core.audio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WavFormatTest {
    @TempDir
    Path dir;

    @Test
    void describesItselfAsAMusicianReadsIt() {
        assertThat(WavFormat.CD.describe()).isEqualTo("44.1 kHz stereo 16-bit");
        assertThat(new WavFormat(22_050, 1).describe()).isEqualTo("22.05 kHz mono 16-bit");
        assertThat(new WavFormat(48_000, 2).describe()).isEqualTo("48 kHz stereo 16-bit");
    }

    @Test
    void refusesRatesAndChannelCountsAWavPlayerWouldChokeOn() {
        assertThatThrownBy(() -> new WavFormat(7_999, 2)).hasMessageContaining("between 8000 and 96000 Hz, was 7999");
        assertThatThrownBy(() -> new WavFormat(44_100, 3)).hasMessageContaining("1 or 2 channels, was 3");
    }

    @Test
    void aMonoFileMixesBothChannels() throws Exception {
        // Left loud, right silent: the mono file must still carry the left channel's sine (RMS 7,071 for the left alone,
        // 3,536 for an average of both), not the silence of the right.
        int frames = 44_100;
        byte[] pcm = new byte[frames * PcmBuffer.BYTES_PER_FRAME];
        for (int f = 0; f < frames; f++) {
            short v = (short) (10_000 * Math.sin(2 * Math.PI * 440 * f / 44_100.0));
            pcm[f * 4] = (byte) v;
            pcm[f * 4 + 1] = (byte) (v >> 8);
        }
        Path wav = dir.resolve("mono.wav");

        WavFiles.write(PcmBuffer.of(pcm), wav, new WavFormat(44_100, 1));

        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            assertThat(in.getFormat().getChannels()).isEqualTo(1);
            byte[] mono = in.readAllBytes();
            assertThat(mono.length / 2).isEqualTo(frames);
            double sum = 0;
            for (int i = 0; i < mono.length; i += 2) {
                double s = (short) ((mono[i] & 0xff) | (mono[i + 1] << 8));
                sum += s * s;
            }
            double rms = Math.sqrt(sum / frames);
            assertThat(rms).as("RMS of the mix-down of a 10,000-peak sine and silence").isBetween(2_500.0, 7_500.0);
        }
    }
}
