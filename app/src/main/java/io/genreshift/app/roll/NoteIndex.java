package io.genreshift.app.roll;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the notes of a song that overlap a span of time in O(log n + visible), so drawing and hit testing look only at
 * what is on screen. Built once per song (songs are immutable).
 * <p>
 * Notes are sorted by start; {@code maxEndBefore[i]} is the latest end among notes 0..i. Because it never decreases,
 * a binary search skips every note that ended before the span, even when one very long note is in the song.
 */
public final class NoteIndex {
    private final List<Note> notes;
    private final long[] starts;
    private final long[] maxEndBefore;

    private NoteIndex(List<Note> notes) {
        this.notes = notes;
        int n = notes.size();
        starts = new long[n];
        maxEndBefore = new long[n];
        long maxEnd = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Note note = notes.get(i);
            starts[i] = note.start();
            maxEnd = Math.max(maxEnd, note.end());
            maxEndBefore[i] = maxEnd;
        }
    }

    public static NoteIndex of(Song song) {
        return new NoteIndex(song.notes());
    }

    public int size() {
        return notes.size();
    }

    public Note get(int i) {
        return notes.get(i);
    }

    /** First index that may overlap a span starting at {@code fromTick}: every earlier note ends at or before it. */
    public int firstOverlapping(double fromTick) {
        int lo = 0, hi = maxEndBefore.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEndBefore[mid] <= fromTick) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** One past the last index whose note starts before {@code toTick}. */
    public int endStartingBefore(double toTick) {
        int lo = 0, hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < toTick) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Notes that overlap ticks {@code [fromTick, toTick)} and pitches {@code low..high}. */
    public List<Note> overlapping(double fromTick, double toTick, int low, int high) {
        List<Note> out = new ArrayList<>();
        int end = endStartingBefore(toTick);
        for (int i = firstOverlapping(fromTick); i < end; i++) {
            Note n = notes.get(i);
            if (n.end() > fromTick && n.pitch() >= low && n.pitch() <= high) out.add(n);
        }
        return out;
    }

    /** The note sounding at {@code tick} on {@code pitch} that was drawn last (the latest start), or null. */
    public Note at(double tick, int pitch) {
        int end = endStartingBefore(Math.floor(tick) + 1);
        int first = firstOverlapping(tick);
        for (int i = end - 1; i >= first; i--) {
            Note n = notes.get(i);
            if (n.pitch() == pitch && n.start() <= tick && n.end() > tick) return n;
        }
        return null;
    }
}
