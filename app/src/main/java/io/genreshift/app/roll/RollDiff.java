package io.genreshift.app.roll;

import io.genreshift.core.roll.PianoRoll;

import java.util.Objects;

/**
 * What the diff view compares: the original's and the transferred version's rolls (16th-note steps × 84 pitches).
 * Cells on in both are "kept", only in {@code transferred} "added", only in {@code original} "removed".
 */
public record RollDiff(PianoRoll original, PianoRoll transferred) {
    public RollDiff {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(transferred, "transferred");
    }

    /** The state of one cell; {@code step} may lie past the end of either roll (then that roll is silent there). */
    public DiffCell cell(int step, int pitchIndex) {
        boolean before = step < original.steps() && original.get(step, pitchIndex);
        boolean after = step < transferred.steps() && transferred.get(step, pitchIndex);
        if (before && after) return DiffCell.KEPT;
        if (after) return DiffCell.ADDED;
        if (before) return DiffCell.REMOVED;
        return DiffCell.EMPTY;
    }

    public int steps() {
        return Math.max(original.steps(), transferred.steps());
    }

    /** Counts of kept, added and removed cells over the whole song (the content-change numbers). */
    public DiffCounts counts() {
        int kept = 0, added = 0, removed = 0;
        for (int s = 0; s < steps(); s++) {
            for (int p = 0; p < PianoRoll.PITCHES; p++) {
                switch (cell(s, p)) {
                    case KEPT -> kept++;
                    case ADDED -> added++;
                    case REMOVED -> removed++;
                    default -> { }
                }
            }
        }
        return new DiffCounts(kept, added, removed);
    }

    public enum DiffCell { EMPTY, KEPT, ADDED, REMOVED }

    public record DiffCounts(int kept, int added, int removed) {
    }
}
