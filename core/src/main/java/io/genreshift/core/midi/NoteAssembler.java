package io.genreshift.core.midi;

import io.genreshift.core.model.Note;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs note-on and note-off events of one track into {@link Note}s. Feed events in stream order, then call
 * {@link #finish(long)}.
 *
 * <p>Pairing rules for real-world files:
 * <ul>
 *   <li><b>Overlapping identical notes</b> (a second note-on for a key that is still sounding on the same channel) are
 *       paired <b>FIFO</b>: a note-off ends the <em>oldest</em> open note. This keeps each note's length close to what
 *       was played when a key is re-struck before its release, and it is what a sequencer that layers voices hears.</li>
 *   <li>A note-off does not end a note that started on the <em>same tick</em> while an older one is open: writers often
 *       emit "on(new), off(old)" at a re-strike. If only same-tick notes are open, the oldest of them ends with the
 *       minimum length of 1 tick (a zero-length note, typical of drum hits).</li>
 *   <li>A note-off with no open note is ignored.</li>
 *   <li>Notes still open when the track ends are closed at the track's end (at least 1 tick long).</li>
 * </ul>
 */
public final class NoteAssembler {
    private record Open(long start, int velocity, int program) {
    }

    private final int track;
    private final int maxNotes;
    private final Map<Integer, Deque<Open>> open = new HashMap<>();
    private final List<Note> notes = new ArrayList<>();
    private int openCount;

    /**
     * @param track the track index written into every note
     * @param maxNotes guard against note storms: {@link #noteOn} throws {@link IllegalStateException} beyond this many
     */
    public NoteAssembler(int track, int maxNotes) {
        this.track = track;
        this.maxNotes = maxNotes;
    }

    private static int key(int channel, int pitch) {
        return channel << 7 | pitch;
    }

    /** Opens a note; {@code program} is the program in force on the channel at this tick. */
    public void noteOn(long tick, int channel, int pitch, int velocity, int program) {
        if (notes.size() + openCount >= maxNotes) throw new IllegalStateException("more than " + maxNotes + " notes");
        open.computeIfAbsent(key(channel, pitch), k -> new ArrayDeque<>()).addLast(new Open(tick, velocity, program));
        openCount++;
    }

    public void noteOff(long tick, int channel, int pitch) {
        Deque<Open> queue = open.get(key(channel, pitch));
        if (queue == null || queue.isEmpty()) return;
        // Events arrive in tick order, so the head is the oldest open note: FIFO. If it started before this tick,
        // any note begun on this tick is younger and stays open (the re-strike rule); otherwise all open notes began
        // on this tick and the oldest of them gets the 1-tick minimum.
        openCount--;
        close(queue.removeFirst(), tick, channel, pitch);
    }

    private void close(Open o, long endTick, int channel, int pitch) {
        long duration = Math.max(1, endTick - o.start());
        notes.add(new Note(pitch, o.start(), duration, o.velocity(), channel, o.program(), track));
    }

    /** Closes every open note at {@code trackEnd} and returns all notes, in the order they were closed. */
    public List<Note> finish(long trackEnd) {
        for (Map.Entry<Integer, Deque<Open>> e : open.entrySet()) {
            int channel = e.getKey() >> 7;
            int pitch = e.getKey() & 0x7F;
            for (Open o : e.getValue()) close(o, trackEnd, channel, pitch);
            e.getValue().clear();
        }
        openCount = 0;
        return List.copyOf(notes);
    }
}
