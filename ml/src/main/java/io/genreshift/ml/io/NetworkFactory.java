package io.genreshift.ml.io;

import ai.djl.nn.Block;
import io.genreshift.ml.model.CycleGanGenerator;
import io.genreshift.ml.model.GenreClassifier;
import io.genreshift.ml.model.PatchDiscriminator;

/**
 * Rebuilds the untrained network a card describes, so stored weights can be loaded into it.
 * It throws {@link IllegalArgumentException} for a card it cannot build (unknown variant, malformed config).
 */
@FunctionalInterface
public interface NetworkFactory {
    Block create(ModelCard card);

    /** The project's networks: {@link CycleGanGenerator}, {@link PatchDiscriminator}, {@link GenreClassifier}. */
    static NetworkFactory standard() {
        return card -> switch (card.kind()) {
            case GENERATOR -> CycleGanGenerator.create(card.network(), card.variant());
            case DISCRIMINATOR -> PatchDiscriminator.create(card.network(), card.variant());
            case CLASSIFIER -> GenreClassifier.create(card.genres().size());
        };
    }
}
