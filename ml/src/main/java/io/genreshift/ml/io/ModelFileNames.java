package io.genreshift.ml.io;

import java.nio.file.Path;

/**
 * The file names a model library uses, e.g. {@code generator-classic-to-pop-sn.params},
 * {@code classifier-classic-pop.params}, {@code classifier-classic-jazz-pop.params}. Names are for people; the
 * library finds models by their sidecars, not by name.
 */
public final class ModelFileNames {
    public static final String WEIGHTS_SUFFIX = ".params";
    public static final String SIDECAR_SUFFIX = ".json";

    private ModelFileNames() {
    }

    /** The weights file name for {@code card}. */
    public static String weightsFileName(ModelCard card) {
        return stem(card) + WEIGHTS_SUFFIX;
    }

    /** The stem shared by a model's two files. */
    public static String stem(ModelCard card) {
        return switch (card.kind()) {
            case GENERATOR -> "generator-" + card.direction().from() + "-to-" + card.direction().to() + "-" + card.variant().id();
            case DISCRIMINATOR -> "discriminator-" + card.realGenre() + "-in-" + String.join("-", card.genres()) + "-" + card.variant().id();
            case CLASSIFIER -> "classifier-" + String.join("-", card.genres());
        };
    }

    /** {@code X.params} → {@code X.json}. */
    public static Path sidecarOf(Path weightsFile) {
        String name = weightsFile.getFileName().toString();
        String stem = name.endsWith(WEIGHTS_SUFFIX) ? name.substring(0, name.length() - WEIGHTS_SUFFIX.length()) : name;
        return weightsFile.resolveSibling(stem + SIDECAR_SUFFIX);
    }

    /** {@code X.json} → {@code X.params}. */
    public static Path weightsOf(Path sidecarFile) {
        String name = sidecarFile.getFileName().toString();
        String stem = name.endsWith(SIDECAR_SUFFIX) ? name.substring(0, name.length() - SIDECAR_SUFFIX.length()) : name;
        return sidecarFile.resolveSibling(stem + WEIGHTS_SUFFIX);
    }
}
