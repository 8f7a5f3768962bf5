package io.genreshift.app.roll;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The selected notes of a piano roll. Immutable; every change returns a new selection. */
public record Selection(Set<Note> notes) {
    public static final Selection NONE = new Selection(Set.of());

    public Selection {
        notes = Set.copyOf(notes);
    }

    public static Selection of(Collection<Note> notes) {
        return notes.isEmpty() ? NONE : new Selection(Set.copyOf(notes));
    }

    public static Selection all(Song song) {
        return of(song.notes());
    }

    public boolean isEmpty() {
        return notes.isEmpty();
    }

    public int size() {
        return notes.size();
    }

    public boolean contains(Note note) {
        return notes.contains(note);
    }

    public Selection plus(Collection<Note> more) {
        Set<Note> s = new HashSet<>(notes);
        s.addAll(more);
        return new Selection(s);
    }

    /** Shift-click: adds the note, or removes it when it was already selected. */
    public Selection toggled(Note note) {
        Set<Note> s = new HashSet<>(notes);
        if (!s.remove(note)) s.add(note);
        return new Selection(s);
    }

    /** Only the notes that still exist in {@code song} (after the song was replaced from outside). */
    public Selection restrictedTo(Song song) {
        if (notes.isEmpty()) return this;
        Set<Note> present = new HashSet<>(song.notes());
        present.retainAll(notes);
        return present.size() == notes.size() ? this : new Selection(present);
    }

    /** From the earliest start to the latest end of the selected notes; empty when nothing is selected. */
    public Optional<TickRange> range() {
        if (notes.isEmpty()) return Optional.empty();
        long start = notes.stream().mapToLong(Note::start).min().orElseThrow();
        long end = notes.stream().mapToLong(Note::end).max().orElseThrow();
        return Optional.of(new TickRange(start, end));
    }
}
