package io.genreshift.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of bars cut out of a song as a song of its own that starts at tick 0: the notes that start in those bars (cut
 * at the last bar line), the tempo and the meter in force at the first bar, and the changes inside. Bars are counted
 * as the music has them ({@link MeterMap}), so an excerpt of a song that changes meter still starts on a bar line.
 */
public final class SongExcerpt {

    private SongExcerpt() {
    }

    /** Bars {@code first}..{@code last}, 1-based and inclusive; a range past the end stops at the song's end. */
    public static Song bars(Song song, int first, int last) {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("bars " + first + "-" + last + ": give a range such as 1-8, first bar 1 or later");
        }
        MeterMap map = MeterMap.of(song);
        long from = barStart(map, first);
        if (from >= song.lengthTicks()) {
            throw new IllegalArgumentException("the song has no bar " + first + "; it ends in bar " + lastBar(map));
        }
        long to = Math.min(barStart(map, last + 1), song.lengthTicks());

        List<Note> notes = new ArrayList<>();
        for (Note n : song.notes()) {
            if (n.start() < from || n.start() >= to) continue;
            notes.add(n.withStart(n.start() - from).withDuration(Math.min(n.end(), to) - n.start()));
        }
        List<TempoChange> tempi = new ArrayList<>();
        tempi.add(new TempoChange(0, tempoAt(song.tempoMap(), from).microsPerQuarter()));
        for (TempoChange c : song.tempoMap().changes()) {
            if (c.tick() > from && c.tick() < to) tempi.add(new TempoChange(c.tick() - from, c.microsPerQuarter()));
        }
        List<TimeSignature> meters = new ArrayList<>();
        for (MeterSpan s : map.spans()) {
            if (s.endTick() <= from || s.startTick() >= to) continue;
            if (!s.assumed() || s.startTick() > from) meters.add(s.meter().atTick(Math.max(s.startTick(), from) - from));
        }
        String title = (song.title().isEmpty() ? "" : song.title() + " ") + "(bars " + first + "-" + last + ")";
        return new Song(title, song.ppq(), new TempoMap(song.ppq(), tempi), meters, song.tracks(), notes, to - from);
    }

    /** The tick at which bar {@code bar} (1-based) starts; past the last span, bars of its meter continue. */
    static long barStart(MeterMap map, int bar) {
        MeterSpan in = map.spans().get(0);
        for (MeterSpan s : map.spans()) if (s.firstBar() <= bar) in = s;
        return in.startTick() + (long) (bar - in.firstBar()) * in.barTicks(map.ppq());
    }

    private static int lastBar(MeterMap map) {
        MeterSpan last = map.spans().get(map.spans().size() - 1);
        return last.firstBar() + Math.max(last.bars(map.ppq()), 1) - 1;
    }

    private static TempoChange tempoAt(TempoMap tempo, long tick) {
        TempoChange in = tempo.changes().get(0);
        for (TempoChange c : tempo.changes()) if (c.tick() <= tick) in = c;
        return in;
    }
}
