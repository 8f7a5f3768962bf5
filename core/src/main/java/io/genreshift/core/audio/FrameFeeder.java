package io.genreshift.core.audio;

/**
 * The play position over one or two time-aligned renderings (A and B, e.g. original and transfer) and the source of the
 * frames sent to the audio line. It holds no device, so the position and A/B logic is tested directly.
 *
 * <p>Switching with {@link #select} is sample-accurate: the next frame handed out comes from the other take at the
 * same frame index, so the music continues seamlessly in the other version. If the takes differ in length the shorter
 * one is padded with silence; the feed ends after the longer one.
 *
 * <p>Thread-safe: the playback thread calls {@link #fill} while the UI thread seeks and switches.
 */
public final class FrameFeeder {
    private final PcmBuffer a;
    private final PcmBuffer b;
    private final long lengthFrames;
    private Take selected = Take.A;
    private long position;

    /** A single rendering; {@link #select} has nothing to switch to. */
    public FrameFeeder(PcmBuffer only) {
        this(only, only);
    }

    public FrameFeeder(PcmBuffer a, PcmBuffer b) {
        this.a = a;
        this.b = b;
        this.lengthFrames = Math.max(a.frames(), b.frames());
    }

    /**
     * Copies the next frames of the selected take into {@code dst} from byte 0 and advances the position.
     *
     * @return the number of frames written, at most {@code maxFrames}; 0 at the end
     */
    public synchronized int fill(byte[] dst, int maxFrames) {
        int frames = (int) Math.min(maxFrames, lengthFrames - position);
        if (frames <= 0) return 0;
        int copied = buffer(selected).copyFrames(position, frames, dst, 0);
        // Past the end of the shorter take: silence.
        java.util.Arrays.fill(dst, copied * PcmBuffer.BYTES_PER_FRAME, frames * PcmBuffer.BYTES_PER_FRAME, (byte) 0);
        position += frames;
        return frames;
    }

    /** Moves to {@code frame}, clamped to the feed. */
    public synchronized void seek(long frame) {
        position = Math.max(0, Math.min(frame, lengthFrames));
    }

    /** Switches to {@code take} from the next frame on, at the same position. */
    public synchronized void select(Take take) {
        selected = take;
    }

    public synchronized Take selected() {
        return selected;
    }

    /** The next frame {@link #fill} hands out. */
    public synchronized long position() {
        return position;
    }

    public synchronized boolean atEnd() {
        return position >= lengthFrames;
    }

    public long lengthFrames() {
        return lengthFrames;
    }

    private PcmBuffer buffer(Take take) {
        return take == Take.A ? a : b;
    }
}
