package io.genreshift.app.study;

import java.nio.file.Path;

/** Plays one WAV clip of a study at a time; tests use a recording fake (the CI machine has no sound card). */
public interface ClipPlayer extends AutoCloseable {

    /** Stops what is playing and plays {@code wav} from its start. */
    void play(Path wav) throws Exception;

    void stop();

    @Override
    void close();
}
