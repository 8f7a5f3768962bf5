package io.genreshift.app.edit;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;

/**
 * The undo stack of the document on screen. Each version of a song keeps its own {@link UndoStack}; this object
 * stays the same when the roll switches stacks, and its properties follow the stack in use, so menus and toolbar
 * bind once and always name the steps of the version the user is looking at. Use on the FX thread.
 */
public final class ActiveUndoStack {
    private final ReadOnlyObjectWrapper<UndoStack> stack = new ReadOnlyObjectWrapper<>(this, "stack");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName");

    public ActiveUndoStack(UndoStack initial) {
        use(initial);
    }

    /** Makes {@code next} the stack that undo/redo act on and the properties describe. */
    public void use(UndoStack next) {
        Objects.requireNonNull(next, "next");
        stack.set(next);
        canUndo.bind(next.canUndoProperty());
        canRedo.bind(next.canRedoProperty());
        undoName.bind(next.undoNameProperty());
        redoName.bind(next.redoNameProperty());
    }

    public UndoStack get() {
        return stack.get();
    }

    public boolean undo() {
        return stack.get().undo();
    }

    public boolean redo() {
        return stack.get().redo();
    }

    public ReadOnlyObjectProperty<UndoStack> stackProperty() {
        return stack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Name of the step undo would revert in the stack in use, e.g. "Move 3 notes"; empty when none. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }
}
