package io.genreshift.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable song: notes in ticks at {@code ppq}, the tempo map, the meter events and the source tracks.
 * Notes are kept sorted by (start, pitch). The song's {@code lengthTicks} is at least the end of its last note.
 */
public record Song(String title, int ppq, TempoMap tempoMap, List<TimeSignature> meters, List<TrackInfo> tracks,
                   List<Note> notes, long lengthTicks) {

    public static final Comparator<Note> NOTE_ORDER =
            Comparator.comparingLong(Note::start).thenComparingInt(Note::pitch).thenComparingInt(Note::track);

    public Song {
        Objects.requireNonNull(tempoMap, "tempoMap");
        title = title == null ? "" : title;
        if (ppq != tempoMap.ppq()) throw new IllegalArgumentException("ppq " + ppq + " differs from the tempo map's " + tempoMap.ppq());
        meters = List.copyOf(meters.stream().sorted(Comparator.comparingLong(TimeSignature::tick)).toList());
        tracks = List.copyOf(tracks);
        notes = List.copyOf(notes.stream().sorted(NOTE_ORDER).toList());
        long lastEnd = notes.stream().mapToLong(Note::end).max().orElse(0);
        lengthTicks = Math.max(lengthTicks, lastEnd);
    }

    public Song withNotes(List<Note> newNotes) {
        return new Song(title, ppq, tempoMap, meters, tracks, newNotes, 0);
    }

    public Song withTitle(String newTitle) {
        return new Song(newTitle, ppq, tempoMap, meters, tracks, notes, lengthTicks);
    }

    /** The meter in force at tick 0 (4/4 when the file has none, as the SMF spec says). */
    public TimeSignature initialMeter() {
        return meters.isEmpty() || meters.get(0).tick() != 0 ? TimeSignature.FOUR_FOUR : meters.get(0);
    }

    /** True when the song is in 4/4 throughout: exactly one 4/4 meter event, at tick 0 (the reference filter). */
    public boolean isStrictFourFour() {
        return meters.size() == 1 && meters.get(0).tick() == 0 && meters.get(0).isFourFour();
    }

    public double durationSeconds() {
        return tempoMap.ticksToSeconds(lengthTicks);
    }
}
