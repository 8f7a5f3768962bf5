package io.genreshift.core.audio;

import java.util.Optional;

/**
 * A loop over the frames {@code [startFrame, endFrame)} of a rendering: the frame after {@code endFrame - 1} is
 * {@code startFrame}. Pure frame arithmetic for {@link FrameFeeder}, so the wrap happens at the exact frame in the data
 * sent to the line rather than when the UI next notices the playhead passed the end.
 *
 * <p>A position at or past {@code endFrame} is outside the loop and plays on: the loop only catches a playhead that
 * reaches its end from inside or before it, as in most DAWs.
 */
public record LoopRegion(long startFrame, long endFrame) {
    public LoopRegion {
        if (startFrame < 0 || endFrame <= startFrame) {
            throw new IllegalArgumentException("a loop needs 0 <= start < end, got frames " + startFrame + ".." + endFrame);
        }
    }

    /** The loop over {@code [startSeconds, endSeconds)}, rounded to the nearest frames. */
    public static LoopRegion ofSeconds(double startSeconds, double endSeconds) {
        return new LoopRegion(PcmBuffer.framesFor(startSeconds), PcmBuffer.framesFor(endSeconds));
    }

    public long lengthFrames() {
        return endFrame - startFrame;
    }

    /** This loop cut to a rendering of {@code lengthFrames}; empty if nothing of it is left. */
    public Optional<LoopRegion> fittedTo(long lengthFrames) {
        long end = Math.min(endFrame, lengthFrames);
        return end > startFrame ? Optional.of(new LoopRegion(startFrame, end)) : Optional.empty();
    }

    /**
     * How many of the next {@code maxFrames} frames from {@code position} are contiguous, i.e. come before the wrap.
     * Always at least 1 when {@code maxFrames >= 1}.
     */
    public int runLength(long position, int maxFrames) {
        return position < endFrame ? (int) Math.min(maxFrames, endFrame - position) : maxFrames;
    }

    /**
     * The position after reading {@code frames} contiguous frames from {@code position}: back at the start after the
     * loop's last frame.
     *
     * @throws IllegalArgumentException if the frames would cross the end, i.e. more than {@link #runLength}
     */
    public long advance(long position, int frames) {
        long next = position + frames;
        if (position >= endFrame) return next;
        if (next > endFrame) {
            throw new IllegalArgumentException(frames + " frames from " + position + " cross the loop end " + endFrame);
        }
        return next == endFrame ? startFrame : next;
    }

    public double startSeconds() {
        return startFrame / (double) PcmBuffer.SAMPLE_RATE;
    }

    public double endSeconds() {
        return endFrame / (double) PcmBuffer.SAMPLE_RATE;
    }
}
