package io.genreshift.core.roll;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;
import io.genreshift.core.model.TrackInfo;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a (transferred) piano roll back onto the original song, so the result keeps the original's tempo map,
 * meters, tracks and touch. This is the export for every transferred version; {@link ReferenceExport} is only for
 * parity with the papers.
 *
 * <p>For every run of ones in the roll (see {@link RollRuns}) at a pitch:
 * <ul>
 *   <li>Original notes of that pitch whose onset step lies in the run <b>survive</b>: they keep velocity, channel,
 *       program, track and exact start. Their exact end too, unless the run ends earlier (the note is cut at the run's
 *       end) or the run goes on past them with no other survivor (the note is held to the run's end).</li>
 *   <li>Cells of the run before its first survivor form a <b>new note</b>, voiced by {@link NewNoteVoicing}
 *       (velocity and track from its neighbours). A run with no survivor is one new note.</li>
 *   <li>Original notes whose onset cell went dark are removed.</li>
 * </ul>
 * Notes the roll cannot show are carried over untouched: pitches outside 24..107, and drum notes if
 * {@link Drums#KEEP} (with {@link Drums#DROP} the drum tracks stay, empty). A roll shorter than the original (whole
 * phrases only) is completed with the original's own cells, so the unconverted tail sounds as before.
 *
 * <p>Guarantee, tested as a property: {@code PianoRollConverter.toRoll(apply(song, roll, d))} equals {@code roll}
 * whenever {@code roll} is as long as the song's own roll.
 */
public final class MusicianExport {

    /** Whether the original drum notes are re-attached to the exported song. */
    public enum Drums { KEEP, DROP }

    private MusicianExport() {
    }

    public static Song apply(Song original, PianoRoll roll, Drums drums) {
        StepGrid grid = new StepGrid(original.ppq());
        PianoRoll originalRoll = PianoRollConverter.toRoll(original);
        PianoRoll target = roll.steps() >= originalRoll.steps() ? roll : withTail(roll, originalRoll);

        List<Note> out = new ArrayList<>();
        List<Note> pitched = new ArrayList<>();
        Map<Integer, List<Note>> byPitch = new HashMap<>();
        for (Note n : original.notes()) {
            if (n.isDrum()) {
                if (drums == Drums.KEEP) out.add(n);
            } else if (!PianoRoll.inWindow(n.pitch())) {
                out.add(n);
                pitched.add(n);
            } else {
                pitched.add(n);
                byPitch.computeIfAbsent(n.pitch(), k -> new ArrayList<>()).add(n); // stays sorted by start
            }
        }
        List<TrackInfo> tracks = new ArrayList<>(original.tracks());
        NewNoteVoicing voicing = new NewNoteVoicing(pitched, grid, fallbackVoice(tracks));

        for (NoteRun run : RollRuns.of(target)) {
            out.addAll(notesForRun(run, byPitch.getOrDefault(run.pitch(), List.of()), grid, voicing));
        }
        // the original's length unless the roll is longer (a partial last step must not grow into a whole one)
        long length = target.steps() > originalRoll.steps() ? grid.tickOf(target.steps()) : original.lengthTicks();
        return new Song(original.title(), original.ppq(), original.tempoMap(), original.meters(), tracks, out, length);
    }

    private static List<Note> notesForRun(NoteRun run, List<Note> samePitch, StepGrid grid, NewNoteVoicing voicing) {
        List<Note> survivors = new ArrayList<>();
        for (Note n : samePitch) {
            long s = PianoRollConverter.startStep(n, grid);
            if (s >= run.endStep()) break;
            if (s >= run.startStep()) survivors.add(n);
        }
        List<Note> out = new ArrayList<>();
        long runStartTick = grid.tickOf(run.startStep());
        long runEndTick = grid.tickOf(run.endStep());
        if (survivors.isEmpty()) {
            out.add(voicing.voice(run.pitch(), runStartTick, runEndTick - runStartTick));
            return out;
        }
        long firstStep = PianoRollConverter.startStep(survivors.get(0), grid);
        if (firstStep > run.startStep()) {
            out.add(voicing.voice(run.pitch(), runStartTick, grid.tickOf(firstStep) - runStartTick));
        }
        // Survivors in onset order; each is cut at the run's end, and held over any uncovered cells up to the next one.
        for (int i = 0; i < survivors.size(); i++) {
            Note n = survivors.get(i);
            long coverUntil = i + 1 < survivors.size() ? PianoRollConverter.startStep(survivors.get(i + 1), grid) : run.endStep();
            long end = PianoRollConverter.endStep(n, grid);
            long covered = maxEndBefore(survivors, i, grid);
            if (end > run.endStep()) {
                n = n.withDuration(runEndTick - n.start());
            } else if (end < coverUntil && covered < coverUntil) {
                n = n.withDuration(grid.tickOf(coverUntil) - n.start());
            }
            out.add(n);
        }
        return out;
    }

    /** The furthest end step among survivors before i (a longer earlier note may already cover the gap). */
    private static long maxEndBefore(List<Note> survivors, int i, StepGrid grid) {
        long max = 0;
        for (int j = 0; j < i; j++) max = Math.max(max, PianoRollConverter.endStep(survivors.get(j), grid));
        return max;
    }

    private static PianoRoll withTail(PianoRoll head, PianoRoll original) {
        BitSet bits = original.bits();
        bits.clear(0, head.steps() * PianoRoll.PITCHES);
        bits.or(head.bits());
        return PianoRoll.ofBits(original.steps(), bits);
    }

    /** Where added notes go in a song with no pitched notes: the first non-drum track, else a new piano track. */
    private static Note fallbackVoice(List<TrackInfo> tracks) {
        for (TrackInfo t : tracks) {
            if (!t.drums()) return new Note(60, 0, 1, ReferenceExport.VELOCITY, t.channel(), t.program(), t.index());
        }
        int index = tracks.size();
        tracks.add(new TrackInfo(index, "Piano", 0, 0, false));
        return new Note(60, 0, 1, ReferenceExport.VELOCITY, 0, 0, index);
    }
}
