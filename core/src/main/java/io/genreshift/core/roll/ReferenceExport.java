package io.genreshift.core.roll;

import io.genreshift.core.model.Midi;
import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TempoMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.model.TrackInfo;

import java.util.List;

/**
 * Roll → song exactly as the reference writes its test output (spec §1.4, SZ {@code save_midis}): 80 BPM, one piano
 * track (program 0), velocity 100, one note per maximal run of ones. Adjacent phrases are simply consecutive steps,
 * so a note held across a phrase boundary becomes one note. Use it for parity with the papers' MIDI output; the
 * editor exports with {@link MusicianExport}.
 */
public final class ReferenceExport {
    public static final double BPM = 80.0;
    public static final int VELOCITY = 100;
    public static final int PROGRAM = 0;
    public static final int PPQ = Midi.DEFAULT_PPQ;

    private ReferenceExport() {
    }

    public static Song toSong(PianoRoll roll, String title) {
        StepGrid grid = new StepGrid(PPQ);
        List<Note> notes = RollRuns.of(roll).stream()
                .map(r -> new Note(r.pitch(), grid.tickOf(r.startStep()), grid.tickOf(r.endStep()) - grid.tickOf(r.startStep()),
                        VELOCITY, 0, PROGRAM, 0))
                .toList();
        return new Song(title, PPQ, TempoMap.constant(PPQ, BPM), List.of(TimeSignature.FOUR_FOUR),
                List.of(new TrackInfo(0, "Piano", 0, PROGRAM, false)), notes, grid.tickOf(roll.steps()));
    }

    /** Phrases laid end to end, as the reference writes a batch of model outputs. */
    public static Song toSong(List<Phrase> phrases, String title) {
        return toSong(PianoRoll.concat(phrases), title);
    }
}
