package io.genreshift.ml.io;

import io.genreshift.ml.model.Variant;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models of a {@link ModelLibrary} that one user session has loaded, each loaded and verified once and kept until
 * {@link #close()}. A request for a model the library does not have fails with a {@link MissingModelException} that
 * says what exists and how to make the missing one. Not thread-safe: use it from the single ML thread.
 */
public final class ModelCache implements AutoCloseable {
    private final ModelLibrary library;
    private final NetworkFactory factory;
    private final Map<Path, LoadedModel> loaded = new LinkedHashMap<>();

    public ModelCache(ModelLibrary library) {
        this(library, NetworkFactory.standard());
    }

    public ModelCache(ModelLibrary library, NetworkFactory factory) {
        this.library = library;
        this.factory = factory;
    }

    public ModelLibrary library() {
        return library;
    }

    public LoadedModel generator(TransferDirection direction, Variant variant) throws IOException {
        Optional<StoredModel> found = library.generator(direction, variant);
        if (found.isEmpty()) {
            var available = library.variants(direction);
            String hint = available.isEmpty()
                    ? "Train one with: genreshift train --pair " + direction.from() + "," + direction.to() + " --variant " + variant.id()
                    : "Use --variant " + available.iterator().next().id() + " (available: "
                    + available.stream().map(Variant::id).toList() + "), or train a " + variant.id() + " model";
            throw new MissingModelException(library.folder(), "generator " + direction + " (" + variant.id() + ")", hint);
        }
        return load(found.get());
    }

    /** The classifier trained on exactly these genres. */
    public LoadedModel classifier(Collection<String> genres) throws IOException {
        Optional<StoredModel> found = library.classifier(genres);
        if (found.isEmpty()) {
            throw new MissingModelException(library.folder(), "classifier " + String.join("/", genres),
                    "Train one with: genreshift train-classifier --genres " + String.join(",", genres));
        }
        return load(found.get());
    }

    /** The pair classifier for these genres if the library has one. */
    public Optional<LoadedModel> optionalClassifier(Collection<String> genres) throws IOException {
        Optional<StoredModel> found = library.classifier(genres);
        return found.isEmpty() ? Optional.empty() : Optional.of(load(found.get()));
    }

    /** The classifier over three or more genres that detects a song's genre. */
    public LoadedModel genreDetector() throws IOException {
        Optional<StoredModel> found = library.genreDetector();
        if (found.isEmpty()) {
            throw new MissingModelException(library.folder(), "genre classifier over three genres (for --from auto)",
                    "Name the source genre with --from, or train one with: genreshift train-classifier --genres "
                    + String.join(",", List.of("jazz", "classic", "pop")));
        }
        return load(found.get());
    }

    private LoadedModel load(StoredModel model) throws ModelFileException {
        LoadedModel m = loaded.get(model.weightsFile());
        if (m == null) {
            m = model.load(factory);
            loaded.put(model.weightsFile(), m);
        }
        return m;
    }

    @Override
    public void close() {
        loaded.values().forEach(LoadedModel::close);
        loaded.clear();
    }
}
