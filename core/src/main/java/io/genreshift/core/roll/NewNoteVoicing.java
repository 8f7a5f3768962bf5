package io.genreshift.core.roll;

import io.genreshift.core.model.Note;

import java.util.Arrays;
import java.util.List;

/**
 * Decides how a note the model added should sound: which track, channel and program it joins and how loud it is,
 * judged from the original song's pitched notes around it.
 *
 * <ul>
 *   <li>Neighbours are the pitched notes whose onset lies within one 4/4 bar (16 steps) of the new note's onset;
 *       without any, the single nearest onset.</li>
 *   <li>Velocity: the median velocity of the neighbours, so an added note is as loud as the passage it lands in.</li>
 *   <li>Track, channel, program: those of the neighbour closest in pitch (then in time), so added bass notes join the
 *       bass and added melody notes the melody.</li>
 *   <li>With no pitched notes at all: {@link #fallback}.</li>
 * </ul>
 */
final class NewNoteVoicing {
    static final int WINDOW_STEPS = PianoRoll.STEPS_PER_BAR;

    private final List<Note> pitched;
    private final long[] starts;
    private final long windowTicks;
    private final Note fallback;

    /**
     * @param pitched the original's non-drum notes, sorted by start
     * @param fallback template (track, channel, program, velocity) when {@code pitched} is empty
     */
    NewNoteVoicing(List<Note> pitched, StepGrid grid, Note fallback) {
        this.pitched = pitched;
        this.starts = pitched.stream().mapToLong(Note::start).toArray();
        this.windowTicks = grid.tickOf(WINDOW_STEPS);
        this.fallback = fallback;
    }

    Note voice(int pitch, long start, long duration) {
        if (pitched.isEmpty()) {
            return new Note(pitch, start, duration, fallback.velocity(), fallback.channel(), fallback.program(), fallback.track());
        }
        int from = lowerBound(start - windowTicks);
        int to = lowerBound(start + windowTicks + 1);
        if (from == to) { // nothing within a bar: the nearest onset on either side
            int right = Math.min(from, pitched.size() - 1);
            int left = Math.max(from - 1, 0);
            from = Math.abs(starts[left] - start) <= Math.abs(starts[right] - start) ? left : right;
            to = from + 1;
        }
        int[] velocities = new int[to - from];
        Note closest = null;
        for (int i = from; i < to; i++) {
            Note n = pitched.get(i);
            velocities[i - from] = n.velocity();
            if (closest == null || closer(n, closest, pitch, start)) closest = n;
        }
        Arrays.sort(velocities);
        int velocity = velocities[(velocities.length - 1) / 2];
        return new Note(pitch, start, duration, velocity, closest.channel(), closest.program(), closest.track());
    }

    private static boolean closer(Note a, Note b, int pitch, long start) {
        int dp = Integer.compare(Math.abs(a.pitch() - pitch), Math.abs(b.pitch() - pitch));
        if (dp != 0) return dp < 0;
        return Math.abs(a.start() - start) < Math.abs(b.start() - start);
    }

    /** First index whose start is >= {@code tick}. */
    private int lowerBound(long tick) {
        int lo = 0, hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < tick) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
