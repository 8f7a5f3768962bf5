package io.genreshift.app.fakes;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;

import java.util.ArrayList;
import java.util.List;

/** Small songs for tests. */
public final class Songs {
    private Songs() {
    }

    /** A C-major scale of quarter notes at 120 BPM, 480 PPQ, 4/4, repeated to {@code bars} bars. */
    public static Song scale(int bars) {
        return scale(bars, TimeSignature.FOUR_FOUR);
    }

    /** As {@link #scale(int, TimeSignature)} with several meter events. */
    public static Song scale(int bars, TimeSignature first, TimeSignature... more) {
        List<TimeSignature> meters = new ArrayList<>(List.of(first));
        meters.addAll(List.of(more));
        Song one = scale(bars, first);
        return new Song(one.title(), one.ppq(), one.tempoMap(), meters, one.tracks(), one.notes(), one.lengthTicks());
    }

    public static Song scale(int bars, TimeSignature meter) {
        int[] steps = {60, 62, 64, 65, 67, 69, 71, 72};
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < bars * 4; i++) notes.add(new Note(steps[i % steps.length], i * 480L, 480, 90, 0, 0, 0));
        return new Song("Scale", 480, TempoMap.constant(480, 120), List.of(meter),
                List.of(new TrackInfo(0, "Piano", 0, 0, false)), notes, bars * 1920L);
    }
}
