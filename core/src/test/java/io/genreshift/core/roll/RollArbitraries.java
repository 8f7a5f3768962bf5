package io.genreshift.core.roll;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoChange;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.BitSet;
import java.util.List;

/** Random rolls and songs for the property tests. */
public final class RollArbitraries {
    private RollArbitraries() {
    }

    public static Arbitrary<PianoRoll> rolls() {
        return Arbitraries.integers().between(1, 200).flatMap(steps ->
                Arbitraries.integers().between(0, steps * PianoRoll.PITCHES - 1).list().ofMaxSize(400)
                        .map(cells -> {
                            BitSet bits = new BitSet();
                            cells.forEach(bits::set);
                            return PianoRoll.ofBits(steps, bits);
                        }));
    }

    /** Songs with pitched notes on two tracks, a drum track, notes outside the window and tempo changes. */
    public static Arbitrary<Song> songs() {
        Arbitrary<Integer> ppq = Arbitraries.of(96, 120, 480, 25);
        return ppq.flatMap(p -> notes(p).list().ofMaxSize(60).map(notes -> song(p, notes)));
    }

    private static Arbitrary<Note> notes(int ppq) {
        return Combinators.combine(
                Arbitraries.integers().between(12, 120),
                Arbitraries.longs().between(0, 16L * ppq),
                Arbitraries.longs().between(1, 4L * ppq),
                Arbitraries.integers().between(1, 127),
                Arbitraries.integers().between(0, 2)
        ).as((pitch, start, duration, velocity, track) -> {
            int channel = track == 2 ? 9 : track;
            return new Note(pitch, start, duration, velocity, channel, track == 1 ? 33 : 0, track);
        });
    }

    private static Song song(int ppq, List<Note> notes) {
        TempoMap tempo = new TempoMap(ppq, List.of(new TempoChange(0, 500_000), new TempoChange(4L * ppq, 700_000)));
        List<TrackInfo> tracks = List.of(new TrackInfo(0, "Piano", 0, 0, false), new TrackInfo(1, "Bass", 1, 33, false),
                new TrackInfo(2, "Drums", 9, 0, true));
        // at least as long as the tempo map, as in a real file (End-of-Track comes after every event)
        return new Song("random", ppq, tempo, List.of(TimeSignature.FOUR_FOUR), tracks, notes, 4L * ppq);
    }
}
