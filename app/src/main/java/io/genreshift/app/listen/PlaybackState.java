package io.genreshift.app.listen;

public enum PlaybackState {
    STOPPED, PLAYING, PAUSED
}
