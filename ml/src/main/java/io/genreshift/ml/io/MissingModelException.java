package io.genreshift.ml.io;

import java.io.IOException;
import java.nio.file.Path;

/** A model library lacks a model a command needs; the message says which, where it looked and what to do. */
public final class MissingModelException extends IOException {
    private final String model;

    public MissingModelException(Path folder, String model, String remedy) {
        super("no " + model + " in " + folder + ". " + remedy);
        this.model = model;
    }

    /** The missing model, e.g. {@code generator classic->jazz (sn)}. */
    public String model() {
        return model;
    }
}
