package io.genreshift.ml.io;

import java.nio.file.Path;

/**
 * A model found in a {@link ModelLibrary}: its weights file and the card from its sidecar. Its weights are verified
 * only when it is loaded.
 */
public record StoredModel(Path weightsFile, ModelCard card) {

    /** Loads and verifies this model, built with the project's networks; the caller closes the result. */
    public LoadedModel load() throws ModelFileException {
        return load(NetworkFactory.standard());
    }

    /** Loads and verifies this model; the caller closes the result. */
    public LoadedModel load(NetworkFactory factory) throws ModelFileException {
        return ModelFiles.load(weightsFile, card.kind(), factory);
    }

    @Override
    public String toString() {
        return card.describe() + " (" + weightsFile.getFileName() + ")";
    }
}
