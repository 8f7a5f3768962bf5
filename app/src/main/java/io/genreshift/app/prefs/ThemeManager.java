package io.genreshift.app.prefs;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

import java.util.Objects;

/** Applies the AtlantaFX Primer theme (light or dark) and the app's own stylesheet on top. */
public final class ThemeManager {
    /** The app's additions to Primer: roll colours, side panel, shortcut keys. */
    public static final String APP_CSS = Objects.requireNonNull(ThemeManager.class.getResource("/io/genreshift/app/genreshift.css"))
            .toExternalForm();

    private ThemeManager() {
    }

    public static void apply(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }
}
