package io.genreshift.app.edit;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One undo history per version of the open song, keyed by the version's id: made on first use, kept while the user
 * looks at other versions, dropped when the version goes (deleted, or another song opened).
 */
public final class UndoHistories {
    private final Supplier<UndoStack> newStack;
    private final Map<Long, UndoStack> byVersion = new HashMap<>();

    /** @param newStack makes an empty stack that restores into the piano roll */
    public UndoHistories(Supplier<UndoStack> newStack) {
        this.newStack = Objects.requireNonNull(newStack, "newStack");
    }

    /** The history of version {@code versionId}, empty the first time. */
    public UndoStack of(long versionId) {
        return byVersion.computeIfAbsent(versionId, id -> newStack.get());
    }

    /** Forgets the histories of every version not in {@code versionIds}. */
    public void retainOnly(Collection<Long> versionIds) {
        byVersion.keySet().retainAll(Set.copyOf(versionIds));
    }

    /** Number of versions with a history, for tests. */
    public int size() {
        return byVersion.size();
    }
}
