package io.genreshift.core.roll;

import io.genreshift.core.model.Note;
import io.genreshift.core.model.Song;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Song → binary piano roll, as the reference prepares its data (spec §1.2): 4 steps per beat on the tick grid,
 * drum-channel notes dropped, all other tracks merged, MIDI 24..107 kept, binarized. How far a note extends is a
 * {@link NoteExtent}; {@link NoteExtent#EXACT} is the default. The roll covers the whole song
 * ({@link StepGrid#stepsCovering} of its length), so its tail may be a partial phrase.
 */
public final class PianoRollConverter {
    /** A roll longer than this many steps would not fit a BitSet index; readers cap songs far below it. */
    static final long MAX_STEPS = Integer.MAX_VALUE / PianoRoll.PITCHES;

    private PianoRollConverter() {
    }

    public static PianoRoll toRoll(Song song) {
        return convert(song, NoteExtent.EXACT).roll();
    }

    public static RollConversion convert(Song song) {
        return convert(song, NoteExtent.EXACT);
    }

    public static RollConversion convert(Song song, NoteExtent extent) {
        StepGrid grid = new StepGrid(song.ppq());
        long stepCount = grid.stepsCovering(song.lengthTicks());
        if (stepCount > MAX_STEPS) throw new IllegalArgumentException("song too long for a piano roll: " + stepCount + " steps");
        int steps = (int) stepCount;

        int clipped = 0;
        int drums = 0;
        List<Note> pitched = new ArrayList<>();
        for (Note n : song.notes()) {
            if (n.isDrum()) drums++;
            else if (!PianoRoll.inWindow(n.pitch())) clipped++;
            else pitched.add(n);
        }
        BitSet cells = extent == NoteExtent.EXACT ? exact(pitched, grid) : pypianoroll013(pitched, grid, steps);
        return new RollConversion(PianoRoll.ofBits(steps, cells), clipped, drums);
    }

    /** First step of a note under {@link NoteExtent#EXACT}. */
    static long startStep(Note n, StepGrid grid) {
        return grid.stepOf(n.start());
    }

    /** Step after the last step of a note under {@link NoteExtent#EXACT}: at least one step past the onset. */
    static long endStep(Note n, StepGrid grid) {
        return Math.max(grid.stepOf(n.end()), grid.stepOf(n.start()) + 1);
    }

    private static BitSet exact(List<Note> notes, StepGrid grid) {
        BitSet cells = new BitSet();
        for (Note n : notes) {
            int p = n.pitch() - PianoRoll.LOWEST_PITCH;
            for (long s = startStep(n, grid), e = endStep(n, grid); s < e; s++) cells.set((int) (s * PianoRoll.PITCHES + p));
        }
        return cells;
    }

    /** pypianoroll 0.1.3 'normal' algorithm per instrument, then an OR over instruments (their 'sum' merge, binarized). */
    private static BitSet pypianoroll013(List<Note> notes, StepGrid grid, int steps) {
        Map<List<Integer>, List<Note>> instruments = new LinkedHashMap<>();
        for (Note n : notes) instruments.computeIfAbsent(List.of(n.track(), n.channel(), n.program()), k -> new ArrayList<>()).add(n);
        BitSet merged = new BitSet();
        for (List<Note> inst : instruments.values()) {
            // pretty_midi appends a note when its note-off arrives, so an instrument's notes are in order of their end
            inst.sort(Comparator.comparingLong(Note::end).thenComparingLong(Note::start));
            BitSet roll = new BitSet();
            for (Note n : inst) {
                int p = n.pitch() - PianoRoll.LOWEST_PITCH;
                long start = grid.stepOf(n.start());
                long end = grid.stepOf(n.end()) + 1;
                if (start > 0 && start < steps && roll.get(index(start - 1, p))) roll.clear(index(start - 1, p));
                if (end < steps - 1 && roll.get(index(end + 1, p))) end -= 1;
                for (long s = start; s < Math.min(end, steps); s++) roll.set(index(s, p));
            }
            merged.or(roll);
        }
        return merged;
    }

    private static int index(long step, int pitchIndex) {
        return (int) (step * PianoRoll.PITCHES + pitchIndex);
    }
}
