package io.genreshift.core.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** A prepared dataset file that is missing, damaged or of an unknown version; the message names the file and the fix. */
public final class DatasetFormatException extends IOException {
    private final Path file;

    public DatasetFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
