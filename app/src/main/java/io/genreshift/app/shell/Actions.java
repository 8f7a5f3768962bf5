package io.genreshift.app.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

import java.util.EnumMap;
import java.util.Map;

/**
 * What each {@link ActionId} does and when it is available. View models register handlers; menus, toolbar and
 * shortcuts only look them up, so one command behaves the same from every entry point.
 */
public final class Actions {
    private final Map<ActionId, Runnable> handlers = new EnumMap<>(ActionId.class);
    private final Map<ActionId, BooleanProperty> disabled = new EnumMap<>(ActionId.class);
    private final Map<ActionId, BooleanProperty> toggles = new EnumMap<>(ActionId.class);

    public Actions on(ActionId id, Runnable handler) {
        handlers.put(id, handler);
        return this;
    }

    /** Makes {@code id} a checkable action bound both ways to {@code state}; firing it flips the state. */
    public Actions toggle(ActionId id, BooleanProperty state) {
        toggles.put(id, state);
        handlers.putIfAbsent(id, () -> state.set(!state.get()));
        return this;
    }

    public Actions disableWhen(ActionId id, ObservableBooleanValue condition) {
        disabledProperty(id).bind(condition);
        return this;
    }

    public BooleanProperty disabledProperty(ActionId id) {
        return disabled.computeIfAbsent(id, k -> new SimpleBooleanProperty(false));
    }

    /** The checked state of a toggle action, or null for a plain command. */
    public BooleanProperty toggleState(ActionId id) {
        return toggles.get(id);
    }

    public boolean isToggle(ActionId id) {
        return toggles.containsKey(id);
    }

    /** Runs the action unless it is disabled or has no handler; returns whether it ran. */
    public boolean fire(ActionId id) {
        Runnable h = handlers.get(id);
        if (h == null || disabledProperty(id).get()) return false;
        h.run();
        return true;
    }
}
