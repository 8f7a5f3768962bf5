package io.genreshift.app.listen;

/** One version rendered to PCM, opaque to the view model; only the {@link AudioEngine} that made it reads it. */
public interface RenderedAudio {
    double durationSeconds();
}
