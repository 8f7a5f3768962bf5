package io.genreshift.core.roll;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/** Splits a binary roll into {@link NoteRun}s: per pitch, each maximal run of ones (spec §1.4). */
public final class RollRuns {
    private RollRuns() {
    }

    /** All runs, sorted by start step, then pitch. */
    public static List<NoteRun> of(PianoRoll roll) {
        BitSet bits = roll.bits();
        List<NoteRun> runs = new ArrayList<>();
        for (int p = 0; p < PianoRoll.PITCHES; p++) {
            int start = -1;
            for (int s = 0; s <= roll.steps(); s++) {
                boolean on = s < roll.steps() && bits.get(s * PianoRoll.PITCHES + p);
                if (on && start < 0) start = s;
                if (!on && start >= 0) {
                    runs.add(new NoteRun(p + PianoRoll.LOWEST_PITCH, start, s));
                    start = -1;
                }
            }
        }
        runs.sort(Comparator.comparingInt(NoteRun::startStep).thenComparingInt(NoteRun::pitch));
        return runs;
    }
}
