package io.genreshift.ml.train;

import java.io.IOException;
import java.nio.file.Path;

/** A checkpoint that cannot be used: damaged, truncated, from another format, or from a different run. */
public final class CheckpointException extends IOException {
    private final String problem;

    public CheckpointException(Path file, String problem) {
        super("checkpoint " + file + " " + problem);
        this.problem = problem;
    }

    public CheckpointException(Path file, String problem, Throwable cause) {
        super("checkpoint " + file + " " + problem, cause);
        this.problem = problem;
    }

    /** The message without the file name. */
    public String problem() {
        return problem;
    }
}
