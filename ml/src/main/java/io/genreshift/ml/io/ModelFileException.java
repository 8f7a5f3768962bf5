package io.genreshift.ml.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file that cannot be used: missing, corrupt, or not what was asked for. The message names the file, says what
 * is wrong and what the user can do, e.g. {@code assets/models/generator-classic-to-pop-sn.params: the weights are
 * corrupt (SHA-256 ... differs from the sidecar's ...). Copy the model again or re-train it.}
 */
public final class ModelFileException extends IOException {
    private final transient Path file;
    private final String problem;
    private final String remedy;

    public ModelFileException(Path file, String problem, String remedy) {
        this(file, problem, remedy, null);
    }

    public ModelFileException(Path file, String problem, String remedy, Throwable cause) {
        super(file + ": " + problem + ". " + remedy, cause);
        this.file = file;
        this.problem = problem;
        this.remedy = remedy;
    }

    public Path file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }

    /** What the user can do about it. */
    public String remedy() {
        return remedy;
    }
}
