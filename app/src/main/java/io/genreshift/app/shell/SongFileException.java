package io.genreshift.app.shell;

import java.nio.file.Path;

/** A song file that could not be read or written, with the file and the reason in user terms. */
public class SongFileException extends Exception {
    private final Path file;
    private final String reason;

    public SongFileException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
