package io.genreshift.app.prefs;

/** The two AtlantaFX Primer themes the app offers. */
public enum Theme {
    LIGHT, DARK
}
