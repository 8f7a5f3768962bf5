package io.genreshift.cli;

import io.genreshift.ml.io.ModelFileException;
import io.genreshift.ml.io.ModelLibrary;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code --models DIR}, shared by the commands that use trained models. */
final class ModelFolderOption {

    @Option(names = "--models", paramLabel = "DIR",
            description = "folder of trained models with their .json sidecars (default: assets/models of the installation)")
    Path folder;

    Path folder() {
        return folder != null ? folder : ModelLibrary.defaultFolder();
    }

    /** Opens the library, printing unreadable sidecars as warnings; an empty library is an error with a remedy. */
    ModelLibrary open(PrintWriter err) throws IOException {
        ModelLibrary library = ModelLibrary.open(folder());
        for (ModelFileException problem : library.problems()) err.println("warning: skipping " + problem.getMessage());
        if (library.models().isEmpty()) {
            throw new IOException("no models in " + folder() + ". Pass --models DIR, or train models with genreshift train "
                    + "and genreshift train-classifier");
        }
        return library;
    }
}
