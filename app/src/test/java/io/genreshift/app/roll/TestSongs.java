package io.genreshift.app.roll;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;

import java.util.List;

/** Small songs for the piano-roll tests. */
final class TestSongs {
    static final int PPQ = 480;

    private TestSongs() {
    }

    static Song of(Note... notes) {
        return new Song("test", PPQ, TempoMap.constant(PPQ, 120), List.of(TimeSignature.FOUR_FOUR),
                List.of(new TrackInfo(0, "piano", 0, 0, false)), List.of(notes), 16L * PPQ);
    }

    static Song empty() {
        return of();
    }
}
