package io.genreshift.ml.bench;

import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;

/**
 * What to benchmark.
 *
 * @param network network sizes
 * @param variant spectral norm / self-attention
 * @param batch phrases per batch (the reference trains with 16)
 * @param iterations timed calls per measurement, after one warm-up call (the peer's {@code --iters})
 * @param soakIterations extra training iterations run only to show that memory stays flat
 */
public record BenchSettings(NetworkConfig network, Variant variant, int batch, int iterations, int soakIterations) {

    public BenchSettings {
        if (batch < 1 || iterations < 1 || soakIterations < 0) {
            throw new IllegalArgumentException("batch and iterations must be positive and soak non-negative, got batch "
                    + batch + ", iterations " + iterations + ", soak " + soakIterations);
        }
    }
}
