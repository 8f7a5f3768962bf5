package io.genreshift.app.prefs;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * The live preferences: observable for the views, saved to disk on every change. A failed save is logged and
 * otherwise ignored, because a read-only config folder must not stop anyone from editing music.
 */
public final class PreferencesModel {
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesModel.class);

    private final PreferencesStore store;
    private final ReadOnlyObjectWrapper<AppPreferences> current;

    public PreferencesModel(PreferencesStore store) {
        this.store = store;
        this.current = new ReadOnlyObjectWrapper<>(this, "preferences", store.load());
        current.set(current.get().withRecent(current.get().recent().prunedMissing()));
    }

    public AppPreferences get() {
        return current.get();
    }

    public ReadOnlyObjectProperty<AppPreferences> preferencesProperty() {
        return current.getReadOnlyProperty();
    }

    /** Applies {@code change}, publishes and saves the result. */
    public void update(UnaryOperator<AppPreferences> change) {
        AppPreferences next = change.apply(current.get());
        if (next.equals(current.get())) return;
        current.set(next);
        try {
            store.save(next);
        } catch (IOException e) {
            LOG.warn("Could not save preferences to {}: {}", store.file(), e.toString());
        }
    }
}
