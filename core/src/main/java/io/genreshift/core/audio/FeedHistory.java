package io.genreshift.core.audio;

import java.util.ArrayDeque;

/**
 * Which frame of the rendering each frame handed to the audio line came from. With a loop the frames sent are no
 * longer one straight run, so the playhead (the n-th frame the line has played) is looked up here rather than computed
 * as start + n.
 *
 * <p>Only the last {@link #RETAINED_FRAMES} frames handed out are remembered: the line plays them long before that
 * (its buffer holds {@value SourceDataLineSink#BUFFER_FRAMES}). Not thread-safe; {@link FrameFeeder} guards it.
 */
final class FeedHistory {
    /** Two seconds: far more than any line buffers, and bounded even for a loop a few frames long. */
    static final long RETAINED_FRAMES = 2 * (long) PcmBuffer.SAMPLE_RATE;

    /** {@code frames} consecutive rendering frames from {@code timelineStart}, handed out from count {@code sentStart}. */
    private record Run(long sentStart, long timelineStart, long frames) {
        long sentEnd() {
            return sentStart + frames;
        }
    }

    private final ArrayDeque<Run> runs = new ArrayDeque<>();
    private long sent;
    private long next;

    /** Forgets everything: the next frame handed out is frame {@code timelineFrame} of the rendering, as count 0. */
    void restart(long timelineFrame) {
        runs.clear();
        sent = 0;
        next = timelineFrame;
    }

    /** Notes that the next {@code frames} frames handed out are {@code timelineStart...}; the one after is {@code then}. */
    void record(long timelineStart, int frames, long then) {
        if (frames > 0) {
            Run last = runs.peekLast();
            if (last != null && last.timelineStart() + last.frames() == timelineStart) {
                runs.removeLast(); // no wrap in between: one longer run
                runs.addLast(new Run(last.sentStart(), last.timelineStart(), last.frames() + frames));
            } else {
                runs.addLast(new Run(sent, timelineStart, frames));
            }
            sent += frames;
        }
        next = then;
        while (!runs.isEmpty() && runs.peekFirst().sentEnd() < sent - RETAINED_FRAMES) runs.removeFirst();
    }

    /**
     * The rendering frame that was the {@code count}-th frame handed out (0-based), i.e. the frame heard once the line
     * has played {@code count} frames. Past everything handed out: the next frame to hand out. Before what is
     * remembered: the oldest frame remembered.
     */
    long timelineFrameAt(long count) {
        if (count >= sent || runs.isEmpty()) return next;
        Run first = runs.peekFirst();
        if (count < first.sentStart()) return first.timelineStart();
        // Runs are few (one per wrap of the loop) and the line lags by a few chunks: search from the newest.
        var it = runs.descendingIterator();
        while (it.hasNext()) {
            Run r = it.next();
            if (count >= r.sentStart()) return r.timelineStart() + (count - r.sentStart());
        }
        return first.timelineStart();
    }

    /** How many runs are remembered (for tests: the memory stays bounded). */
    int runsRemembered() {
        return runs.size();
    }

    /** Frames handed out since the last {@link #restart}. */
    long sent() {
        return sent;
    }
}
