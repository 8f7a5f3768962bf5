package io.genreshift.core.audio;

import java.io.IOException;
import java.nio.file.Path;

/** A soundfont file that cannot be used; the message names the file, the reason and what to do instead. */
public final class UnusableSoundfontException extends IOException {
    private final Path file;

    public UnusableSoundfontException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public UnusableSoundfontException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
