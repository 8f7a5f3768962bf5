package io.genreshift.core.audio;

import javax.sound.sampled.AudioFormat;
import java.util.Locale;

/**
 * The sample rate and channel count a WAV file is written in. Rendering always runs at {@link PcmBuffer#FORMAT}
 * (44.1 kHz stereo); a smaller format is made from it by the JDK's resampler when the file is written, e.g. 22.05 kHz
 * mono for listening examples at a quarter of the size.
 */
public record WavFormat(int sampleRate, int channels) {
    public static final int MIN_SAMPLE_RATE = 8_000;
    public static final int MAX_SAMPLE_RATE = 96_000;
    /** What {@link GervillRenderer} produces: 44.1 kHz stereo 16-bit. */
    public static final WavFormat CD = new WavFormat((int) PcmBuffer.SAMPLE_RATE, PcmBuffer.CHANNELS);

    public WavFormat {
        if (sampleRate < MIN_SAMPLE_RATE || sampleRate > MAX_SAMPLE_RATE) {
            throw new IllegalArgumentException("the sample rate must be between " + MIN_SAMPLE_RATE + " and "
                    + MAX_SAMPLE_RATE + " Hz, was " + sampleRate);
        }
        if (channels != 1 && channels != 2) throw new IllegalArgumentException("1 or 2 channels, was " + channels);
    }

    AudioFormat audioFormat() {
        return new AudioFormat(sampleRate, 16, channels, true, false);
    }

    /** "44.1 kHz stereo 16-bit", "22.05 kHz mono 16-bit". */
    public String describe() {
        String khz = String.format(Locale.ROOT, "%.3f", sampleRate / 1000.0).replaceAll("\\.?0+$", "");
        return khz + " kHz " + (channels == 1 ? "mono" : "stereo") + " 16-bit";
    }
}
