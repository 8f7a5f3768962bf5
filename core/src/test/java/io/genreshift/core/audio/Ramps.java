package io.genreshift.core.audio;

/** PCM whose frame f holds the value sign·f (mod 2^15) in both channels, so tests can tell frames apart. */
final class Ramps {
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
}
