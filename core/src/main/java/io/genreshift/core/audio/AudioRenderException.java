package io.genreshift.core.audio;

import java.io.IOException;

/** Rendering MIDI to audio failed; the message says why and, where possible, what to do. */
public final class AudioRenderException extends IOException {
    public AudioRenderException(String message) {
        super(message);
    }

    public AudioRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
