package io.genreshift.core.audio;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import java.io.ByteArrayInputStream;

/**
 * Rendered audio held in memory: 44.1 kHz, stereo, signed 16-bit little-endian PCM ({@link #FORMAT}). Immutable.
 * Five minutes take about 53 MB, small enough to keep the original and the transfer both ready for A/B.
 */
public final class PcmBuffer {
    public static final float SAMPLE_RATE = 44_100f;
    public static final int CHANNELS = 2;
    public static final int BYTES_PER_FRAME = CHANNELS * 2;
    public static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, CHANNELS, true, false);

    private final byte[] data;

    private PcmBuffer(byte[] data) {
        if (data.length % BYTES_PER_FRAME != 0) {
            throw new IllegalArgumentException(data.length + " bytes is not a whole number of " + BYTES_PER_FRAME + "-byte frames");
        }
        this.data = data;
    }

    /** Wraps PCM bytes in {@link #FORMAT}; the array is copied. */
    public static PcmBuffer of(byte[] pcm) {
        return new PcmBuffer(pcm.clone());
    }

    /** Takes ownership of {@code pcm} without copying; for renderers that build the array themselves. */
    static PcmBuffer wrap(byte[] pcm) {
        return new PcmBuffer(pcm);
    }

    public static PcmBuffer silence(long frames) {
        return new PcmBuffer(new byte[Math.toIntExact(frames * BYTES_PER_FRAME)]);
    }

    public long frames() {
        return data.length / BYTES_PER_FRAME;
    }

    public double durationSeconds() {
        return frames() / (double) SAMPLE_RATE;
    }

    public static long framesFor(double seconds) {
        return Math.round(seconds * SAMPLE_RATE);
    }

    /**
     * Copies up to {@code frameCount} frames starting at {@code fromFrame} into {@code dst} at byte {@code dstOffset}.
     * Frames past the end are not copied.
     *
     * @return the number of frames copied
     */
    public int copyFrames(long fromFrame, int frameCount, byte[] dst, int dstOffset) {
        if (fromFrame < 0) throw new IllegalArgumentException("frame " + fromFrame + " is negative");
        long available = Math.max(0, frames() - fromFrame);
        int n = (int) Math.min(frameCount, available);
        System.arraycopy(data, Math.toIntExact(fromFrame * BYTES_PER_FRAME), dst, dstOffset, n * BYTES_PER_FRAME);
        return n;
    }

    /** The 16-bit sample of {@code channel} (0 = left) at {@code frame}. */
    public short sample(long frame, int channel) {
        int i = Math.toIntExact(frame * BYTES_PER_FRAME + channel * 2L);
        return (short) ((data[i] & 0xff) | (data[i + 1] << 8));
    }

    /** Root mean square over all samples, in 16-bit units (0 = digital silence). */
    public double rms() {
        if (data.length == 0) return 0;
        double sum = 0;
        for (int i = 0; i < data.length; i += 2) {
            double s = (short) ((data[i] & 0xff) | (data[i + 1] << 8));
            sum += s * s;
        }
        return Math.sqrt(sum / (data.length / 2.0));
    }

    /** A fresh stream over the samples, e.g. for {@code AudioSystem.write}. */
    public AudioInputStream toAudioInputStream() {
        return new AudioInputStream(new ByteArrayInputStream(data), FORMAT, frames());
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "PcmBuffer[%d frames, %.2f s]", frames(), durationSeconds());
    }
}
