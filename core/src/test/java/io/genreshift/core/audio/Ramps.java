package io.genreshift.core.audio;

/**
 * Synthetic PCM in which tests can tell frames apart: {@link #ramp} holds sign·f in frame f (mod 32 000), and
 * {@link #tagged} tells take and frame apart over longer signals and never holds silence.
 */
final class Ramps {
    private static final int TAG_BASE = 30_000;

    private Ramps() {
    }

    static PcmBuffer ramp(int frames, int sign) {
        byte[] pcm = new byte[frames * PcmBuffer.BYTES_PER_FRAME];
        for (int f = 0; f < frames; f++) {
            short v = (short) (sign * (f % 32_000));
            for (int c = 0; c < 2; c++) {
                pcm[f * 4 + c * 2] = (byte) v;
                pcm[f * 4 + c * 2 + 1] = (byte) (v >> 8);
            }
        }
        return PcmBuffer.of(pcm);
    }

    /** The left sample of frame {@code frame} in raw PCM bytes. */
    static int frameValue(byte[] pcm, int frame) {
        return (short) ((pcm[frame * 4] & 0xff) | (pcm[frame * 4 + 1] << 8));
    }

    /**
     * Frame f holds {@code sign·(1 + f mod 30 000)} on the left and {@code sign·(1 + f div 30 000)} on the right, so
     * {@link #frameTag} reads it back as {@code sign·(f + 1)}: A (+1) and B (−1) differ in every frame, and silence
     * (tag 0) differs from both. Up to 30 000 × 32 766 frames.
     */
    static PcmBuffer tagged(int frames, int sign) {
        byte[] pcm = new byte[frames * PcmBuffer.BYTES_PER_FRAME];
        for (int f = 0; f < frames; f++) {
            put(pcm, f, 0, (short) (sign * (1 + f % TAG_BASE)));
            put(pcm, f, 1, (short) (sign * (1 + f / TAG_BASE)));
        }
        return PcmBuffer.of(pcm);
    }

    /** {@code sign·(f + 1)} for frame f of a {@link #tagged} take with that sign; 0 for silence. */
    static long frameTag(byte[] pcm, int frame) {
        int left = (short) ((pcm[frame * 4] & 0xff) | (pcm[frame * 4 + 1] << 8));
        int right = (short) ((pcm[frame * 4 + 2] & 0xff) | (pcm[frame * 4 + 3] << 8));
        if (left == 0 || Integer.signum(left) != Integer.signum(right)) return 0;
        long f = (long) (Math.abs(right) - 1) * TAG_BASE + Math.abs(left) - 1;
        return Integer.signum(left) * (f + 1);
    }

    private static void put(byte[] pcm, int frame, int channel, short v) {
        pcm[frame * 4 + channel * 2] = (byte) v;
        pcm[frame * 4 + channel * 2 + 1] = (byte) (v >> 8);
    }
}
