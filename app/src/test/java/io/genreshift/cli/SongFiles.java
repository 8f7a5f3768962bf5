package io.genreshift.cli;

import io.genreshift.core.midi.MidiWriter;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoChange;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small MIDI songs for command tests: a melody (piano) over a bass line (program 33), 4/4, a tempo change. */
final class SongFiles {
    static final int PPQ = 480;

    private SongFiles() {
    }

    static Song song(int bars, int seed) {
        long sixteenth = PPQ / 4;
        List<Note> notes = new ArrayList<>();
        for (int bar = 0; bar < bars; bar++) {
            long start = bar * 16 * sixteenth;
            for (int i = 0; i < 8; i++) notes.add(new Note(60 + (i * 5 + bar + seed) % 14, start + 2 * i * sixteenth, 2 * sixteenth, 80, 0, 0, 0));
            notes.add(new Note(36 + (bar + seed) % 7, start, 16 * sixteenth, 90, 1, 33, 1));
        }
        TempoMap tempo = new TempoMap(PPQ, List.of(TempoChange.ofBpm(0, 100), TempoChange.ofBpm(4 * 16 * sixteenth, 120)));
        return new Song("test", PPQ, tempo, List.of(TimeSignature.FOUR_FOUR),
                List.of(new TrackInfo(0, "Piano", 0, 0, false), new TrackInfo(1, "Bass", 1, 33, false)), notes, 0);
    }

    static Path write(Path file, int bars, int seed) throws IOException {
        MidiWriter.write(song(bars, seed), file);
        return file;
    }
}
