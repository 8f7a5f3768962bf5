package io.genreshift.app.edit;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Named undo/redo history of a piano roll, with a saved mark.
 * <p>
 * Edits are pushed after they have been applied; {@link #undo()} and {@link #redo()} hand the state to restore to the
 * {@code restore} callback given at construction. Properties are for menus and toolbars: {@code canUndo}, {@code canRedo},
 * the names of the next undo/redo step and {@code dirty} (the state differs from the last {@link #markSaved() saved} one).
 * Not thread-safe: use it on the FX thread.
 */
public final class UndoStack {
    /** Enough for an editing session; each entry holds two song snapshots that share their unchanged notes. */
    public static final int DEFAULT_LIMIT = 500;

    private final Consumer<Snapshot> restore;
    private final int limit;
    private final List<Edit> edits = new ArrayList<>();
    /** Number of edits currently applied: edits[0..position) are undoable, edits[position..) redoable. */
    private int position;
    /** Value of {@link #position} at the last save, or -1 when that state can no longer be reached. */
    private int savedPosition;

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");

    public UndoStack(Consumer<Snapshot> restore) {
        this(restore, DEFAULT_LIMIT);
    }

    public UndoStack(Consumer<Snapshot> restore, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        this.restore = Objects.requireNonNull(restore, "restore");
        this.limit = limit;
    }

    /** Records an edit that has already been applied. Drops the redo branch; ignores edits that change nothing. */
    public void push(Edit edit) {
        if (edit.changesNothing()) return;
        edits.subList(position, edits.size()).clear();
        if (savedPosition > position) savedPosition = -1;
        edits.add(edit);
        position++;
        if (edits.size() > limit) {
            edits.remove(0);
            position--;
            savedPosition = savedPosition > 0 ? savedPosition - 1 : -1;
        }
        update();
    }

    /** Restores the state before the last applied edit. Returns false when there is nothing to undo. */
    public boolean undo() {
        if (position == 0) return false;
        Edit edit = edits.get(--position);
        update();
        restore.accept(edit.before());
        return true;
    }

    /** Re-applies the last undone edit. Returns false when there is nothing to redo. */
    public boolean redo() {
        if (position == edits.size()) return false;
        Edit edit = edits.get(position++);
        update();
        restore.accept(edit.after());
        return true;
    }

    /** Forgets all history, for a new document; the current state counts as saved. */
    public void clear() {
        edits.clear();
        position = 0;
        savedPosition = 0;
        update();
    }

    /** Marks the current state as the saved one, so {@link #dirtyProperty()} becomes false. */
    public void markSaved() {
        savedPosition = position;
        update();
    }

    /** Names of the undoable steps, oldest first (for a history panel). */
    public List<String> undoableNames() {
        return edits.subList(0, position).stream().map(Edit::name).toList();
    }

    private void update() {
        canUndo.set(position > 0);
        canRedo.set(position < edits.size());
        undoName.set(position > 0 ? edits.get(position - 1).name() : "");
        redoName.set(position < edits.size() ? edits.get(position).name() : "");
        dirty.set(position != savedPosition);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Name of the step {@link #undo()} would revert, e.g. "Move 3 notes"; empty when none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    /** Name of the step {@link #redo()} would re-apply; empty when none. */
    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    /** True when the state differs from the last saved one (drives the close prompt and the title's '*'). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean canUndo() {
        return canUndo.get();
    }

    public boolean canRedo() {
        return canRedo.get();
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
