package io.genreshift.app.prefs;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything the app remembers between runs. Immutable; change with the {@code with*} copies and save through
 * {@link PreferencesStore}.
 *
 * @param soundfont the SF2/DLS file to play and render with, or null for the automatic choice
 * @param lastFolder where the last open/export dialog was, or null
 */
public record AppPreferences(Theme theme, Path soundfont, Path lastFolder, WindowLayout window, RecentFiles recent,
                             boolean colourByTrack) {

    public static final AppPreferences DEFAULT =
            new AppPreferences(Theme.LIGHT, null, null, WindowLayout.DEFAULT, RecentFiles.EMPTY, false);

    public AppPreferences {
        theme = Objects.requireNonNullElse(theme, Theme.LIGHT);
        window = Objects.requireNonNullElse(window, WindowLayout.DEFAULT);
        recent = Objects.requireNonNullElse(recent, RecentFiles.EMPTY);
    }

    public AppPreferences withTheme(Theme t) {
        return new AppPreferences(t, soundfont, lastFolder, window, recent, colourByTrack);
    }

    public AppPreferences withSoundfont(Path sf) {
        return new AppPreferences(theme, sf, lastFolder, window, recent, colourByTrack);
    }

    public AppPreferences withLastFolder(Path folder) {
        return new AppPreferences(theme, soundfont, folder, window, recent, colourByTrack);
    }

    public AppPreferences withWindow(WindowLayout w) {
        return new AppPreferences(theme, soundfont, lastFolder, w, recent, colourByTrack);
    }

    public AppPreferences withRecent(RecentFiles r) {
        return new AppPreferences(theme, soundfont, lastFolder, window, r, colourByTrack);
    }

    public AppPreferences withColourByTrack(boolean on) {
        return new AppPreferences(theme, soundfont, lastFolder, window, recent, on);
    }
}
