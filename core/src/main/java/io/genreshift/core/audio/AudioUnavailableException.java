package io.genreshift.core.audio;

import java.io.IOException;

/** Live playback is impossible (no audio device, or it is busy); rendering to WAV still works. */
public final class AudioUnavailableException extends IOException {
    public AudioUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
