package io.genreshift.ml.io;

import ai.djl.nn.Block;

/**
 * Rebuilds the untrained network a card describes, so stored weights can be loaded into it.
 * It throws {@link IllegalArgumentException} for a card it cannot build (unknown variant, malformed config).
 */
@FunctionalInterface
public interface NetworkFactory {
    Block create(ModelCard card);
}
