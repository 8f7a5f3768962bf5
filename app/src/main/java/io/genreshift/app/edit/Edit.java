package io.genreshift.app.edit;

import java.util.Objects;

/**
 * One undoable step: its menu name ("Move 3 notes") and the state before and after it.
 * An edit made by a drag is recorded once, when the drag ends, with the state from when it began.
 */
public record Edit(String name, Snapshot before, Snapshot after) {
    public Edit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** True when the edit changed no note (a click that did not move anything); such edits are not recorded. */
    public boolean changesNothing() {
        return before.song().equals(after.song());
    }
}
