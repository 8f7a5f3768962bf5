package io.genreshift.core.roll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/** Splits a binary roll into {@link NoteRun}s: per pitch, each maximal run of ones (spec §1.4). */
public final class RollRuns {
    private RollRuns() {
    }

    /**
     * All runs, sorted by start step, then pitch. One pass over the set cells: scanning every cell pitch by pitch
     * took over a second on a long song, and the roll of a long, sparse song is mostly empty.
     */
    public static List<NoteRun> of(PianoRoll roll) {
        BitSet bits = roll.bits();
        List<NoteRun> runs = new ArrayList<>();
        int[] runStart = new int[PianoRoll.PITCHES];
        int[] runLast = new int[PianoRoll.PITCHES];
        Arrays.fill(runStart, -1);
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            int step = i / PianoRoll.PITCHES;
            int p = i % PianoRoll.PITCHES;
            if (runStart[p] >= 0 && runLast[p] == step - 1) {
                runLast[p] = step;
                continue;
            }
            if (runStart[p] >= 0) runs.add(new NoteRun(p + PianoRoll.LOWEST_PITCH, runStart[p], runLast[p] + 1));
            runStart[p] = step;
            runLast[p] = step;
        }
        for (int p = 0; p < PianoRoll.PITCHES; p++) {
            if (runStart[p] >= 0) runs.add(new NoteRun(p + PianoRoll.LOWEST_PITCH, runStart[p], runLast[p] + 1));
        }
        runs.sort(Comparator.comparingInt(NoteRun::startStep).thenComparingInt(NoteRun::pitch));
        return runs;
    }
}
