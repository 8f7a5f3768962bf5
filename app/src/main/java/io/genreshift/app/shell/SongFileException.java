package io.genreshift.app.shell;

import java.nio.file.Path;

/** A song file that could not be read or written, with the file and the reason in user terms. */
public class SongFileException extends Exception {
    private final Path file;
    private final String reason;
    private final String advice;

    /** @param advice what the user can do about it, or null for the caller's generic advice */
    public SongFileException(Path file, String reason, String advice, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
        this.advice = advice;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }

    /** What to try, or null. */
    public String advice() {
        return advice;
    }
}
