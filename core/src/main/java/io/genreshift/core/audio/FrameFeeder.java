package io.genreshift.core.audio;

import java.util.Arrays;
import java.util.Optional;

/**
 * The play position over one or two time-aligned renderings (A and B, e.g. original and transfer) and the source of the
 * frames sent to the audio line. It holds no device, so the position, A/B and loop logic is tested directly.
 *
 * <p>Switching with {@link #select} is sample-accurate: the next frame handed out comes from the other take at the
 * same frame index, so the music continues seamlessly in the other version. If the takes differ in length the shorter
 * one is padded with silence; the feed ends after the longer one.
 *
 * <p>A {@link LoopRegion} set with {@link #setLoop} is sample-accurate too: after the loop's last frame the next frame
 * handed out is its first, within the same {@link #fill}. Because of that, the frames handed out are no longer one
 * straight run; {@link #timelineFrameAt} says which frame of the rendering the n-th one was.
 *
 * <p>Thread-safe: the playback thread calls {@link #fill} while the UI thread seeks, switches and sets the loop.
 */
public final class FrameFeeder {
    private final PcmBuffer a;
    private final PcmBuffer b;
    private final long lengthFrames;
    private final FeedHistory history = new FeedHistory();
    private Take selected = Take.A;
    private LoopRegion loop;
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
     * Copies the next frames of the selected take into {@code dst} from byte 0 and advances the position, wrapping
     * at the loop's end if a loop is set.
     *
     * @return the number of frames written, at most {@code maxFrames}; 0 at the end
     */
    public synchronized int fill(byte[] dst, int maxFrames) {
        int written = 0;
        while (written < maxFrames && position < lengthFrames) {
            int wanted = maxFrames - written;
            int run = (int) Math.min(loop == null ? wanted : loop.runLength(position, wanted), lengthFrames - position);
            copyRun(dst, written, run);
            long then = loop == null ? position + run : loop.advance(position, run);
            history.record(position, run, then);
            position = then;
            written += run;
        }
        return written;
    }

    /** Moves to {@code frame}, clamped to the feed; the count of frames handed out starts again from 0. */
    public synchronized void seek(long frame) {
        position = Math.max(0, Math.min(frame, lengthFrames));
        history.restart(position);
    }

    /** Switches to {@code take} from the next frame on, at the same position. */
    public synchronized void select(Take take) {
        selected = take;
    }

    public synchronized Take selected() {
        return selected;
    }

    /**
     * Loops over {@code region} (cut to the feed) from the next frame on; a position already past its end plays on.
     * A region entirely past the end of the feed clears the loop.
     */
    public synchronized void setLoop(LoopRegion region) {
        loop = region.fittedTo(lengthFrames).orElse(null);
    }

    public synchronized void clearLoop() {
        loop = null;
    }

    public synchronized Optional<LoopRegion> loop() {
        return Optional.ofNullable(loop);
    }

    /** The next frame {@link #fill} hands out. */
    public synchronized long position() {
        return position;
    }

    /**
     * The frame of the rendering that was the {@code count}-th frame handed out since the last {@link #seek} (0-based);
     * past everything handed out, the next frame {@link #fill} hands out. This is the playhead once the line has
     * played {@code count} frames.
     */
    public synchronized long timelineFrameAt(long count) {
        return history.timelineFrameAt(count);
    }

    public synchronized boolean atEnd() {
        return position >= lengthFrames;
    }

    public long lengthFrames() {
        return lengthFrames;
    }

    private void copyRun(byte[] dst, int atFrame, int frames) {
        int offset = atFrame * PcmBuffer.BYTES_PER_FRAME;
        int copied = buffer(selected).copyFrames(position, frames, dst, offset);
        // Past the end of the shorter take: silence.
        Arrays.fill(dst, offset + copied * PcmBuffer.BYTES_PER_FRAME, offset + frames * PcmBuffer.BYTES_PER_FRAME, (byte) 0);
    }

    private PcmBuffer buffer(Take take) {
        return take == Take.A ? a : b;
    }
}
