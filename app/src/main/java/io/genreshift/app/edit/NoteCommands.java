package io.genreshift.app.edit;

import io.genreshift.core.model.Midi;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The piano roll's edits as pure functions: a song and the notes to change in, the new song and the new selection out.
 * Notes are values, so every edit also says which notes of the new song are "the same" notes, now selected.
 * Ranges are clamped the way Signal's command service clamps them: a group keeps its shape at the edges.
 */
public final class NoteCommands {
    private NoteCommands() {
    }

    /** Adds {@code note} and selects it. */
    public static Snapshot add(Song song, Note note) {
        List<Note> notes = new ArrayList<>(song.notes());
        notes.add(note);
        return new Snapshot(song.withNotes(notes), Set.of(note));
    }

    /** Removes the given notes; the selection becomes empty. */
    public static Snapshot delete(Song song, Collection<Note> doomed) {
        Set<Note> gone = Set.copyOf(doomed);
        return new Snapshot(song.withNotes(song.notes().stream().filter(n -> !gone.contains(n)).toList()), Set.of());
    }

    /**
     * Moves the notes by {@code dTicks} and {@code dPitch} semitones. The deltas are reduced so that no note starts
     * before tick 0 or leaves 0..127, keeping the group's shape.
     */
    public static Snapshot move(Song song, Collection<Note> selected, long dTicks, int dPitch) {
        if (selected.isEmpty()) return new Snapshot(song, Set.of());
        long minStart = selected.stream().mapToLong(Note::start).min().orElse(0);
        int minPitch = selected.stream().mapToInt(Note::pitch).min().orElse(0);
        int maxPitch = selected.stream().mapToInt(Note::pitch).max().orElse(127);
        long dt = Math.max(dTicks, -minStart);
        int dp = Midi.clamp(dPitch, -minPitch, 127 - maxPitch);
        return map(song, selected, n -> new Note(n.pitch() + dp, n.start() + dt, n.duration(), n.velocity(),
                n.channel(), n.program(), n.track()));
    }

    /** Transposes by {@code semitones} (clamped as in {@link #move}). */
    public static Snapshot transpose(Song song, Collection<Note> selected, int semitones) {
        return move(song, selected, 0, semitones);
    }

    /**
     * Moves one edge of each note by {@code dTicks}. A note never gets shorter than {@code minDuration} ticks and
     * never starts before tick 0; the other edge stays where it was.
     */
    public static Snapshot resize(Song song, Collection<Note> selected, NoteEdge edge, long dTicks, long minDuration) {
        return map(song, selected, n -> resized(n, edge, dTicks, minDuration));
    }

    /** One note with one edge moved by {@code dTicks}, under the rules of {@link #resize}. */
    public static Note resized(Note n, NoteEdge edge, long dTicks, long minDuration) {
        long min = Math.min(Math.max(1, minDuration), n.duration()); // a note already shorter may stay so
        if (edge == NoteEdge.END) return n.withDuration(Math.max(min, n.duration() + dTicks));
        long end = n.end();
        long start = Math.max(0, Math.min(n.start() + dTicks, end - min));
        return n.withStart(start).withDuration(end - start);
    }

    /** Moves each note's start to the nearest grid line of {@code snap}; lengths are kept. */
    public static Snapshot quantize(Song song, Collection<Note> notes, Snap snap) {
        return map(song, notes, n -> n.withStart(snap.nearest(n.start())));
    }

    /** Sets the velocity of the notes, clamped to 1..127. */
    public static Snapshot setVelocity(Song song, Collection<Note> notes, int velocity) {
        int v = Midi.clamp(velocity, 1, Midi.MAX_VELOCITY);
        return map(song, notes, n -> n.withVelocity(v));
    }

    /** Copies the notes right after themselves (by the span of the group) and selects the copies. */
    public static Snapshot duplicate(Song song, Collection<Note> selected) {
        if (selected.isEmpty()) return new Snapshot(song, Set.of());
        long from = selected.stream().mapToLong(Note::start).min().orElse(0);
        long to = selected.stream().mapToLong(Note::end).max().orElse(0);
        long span = to - from;
        List<Note> copies = selected.stream().map(n -> n.withStart(n.start() + span)).toList();
        List<Note> notes = new ArrayList<>(song.notes());
        notes.addAll(copies);
        return new Snapshot(song.withNotes(notes), new HashSet<>(copies));
    }

    /**
     * Sets each given note's velocity to its value in {@code velocities} (clamped to 1..127); the other notes and the
     * selection (mapped to the changed notes) stay as they were. This is the velocity lane's paint stroke.
     */
    public static Snapshot setVelocities(Song song, Map<Note, Integer> velocities, Collection<Note> selection) {
        Set<Note> selected = Set.copyOf(selection);
        List<Note> out = new ArrayList<>(song.notes().size());
        Set<Note> newSelection = new HashSet<>();
        for (Note n : song.notes()) {
            Integer v = velocities.get(n);
            Note m = v == null ? n : n.withVelocity(Midi.clamp(v, 1, Midi.MAX_VELOCITY));
            out.add(m);
            if (selected.contains(n)) newSelection.add(m);
        }
        return new Snapshot(song.withNotes(out), newSelection);
    }

    /** Notes moved so the earliest starts at tick 0: what the clipboard keeps. */
    public static List<Note> relativeToFirst(Collection<Note> notes) {
        long first = notes.stream().mapToLong(Note::start).min().orElse(0);
        return notes.stream().sorted(Song.NOTE_ORDER).map(n -> n.withStart(n.start() - first)).toList();
    }

    /** Adds clipboard notes (see {@link #relativeToFirst}) starting at {@code at} and selects them. */
    public static Snapshot paste(Song song, Collection<Note> clip, long at) {
        List<Note> pasted = clip.stream().map(n -> n.withStart(n.start() + Math.max(0, at))).toList();
        List<Note> notes = new ArrayList<>(song.notes());
        notes.addAll(pasted);
        return new Snapshot(song.withNotes(notes), new HashSet<>(pasted));
    }

    /** Applies {@code change} to every note of the song that is in {@code targets}; the changed notes become the selection. */
    private static Snapshot map(Song song, Collection<Note> targets, UnaryOperator<Note> change) {
        Set<Note> wanted = targets instanceof Set<Note> s ? s : Set.copyOf(targets);
        List<Note> out = new ArrayList<>(song.notes().size());
        Set<Note> changed = new HashSet<>();
        for (Note n : song.notes()) {
            if (wanted.contains(n)) {
                Note m = change.apply(n);
                out.add(m);
                changed.add(m);
            } else {
                out.add(n);
            }
        }
        return new Snapshot(song.withNotes(out), changed);
    }

    /** "3 notes" / "1 note", for edit names. */
    public static String count(int n) {
        return n == 1 ? "1 note" : n + " notes";
    }
}
