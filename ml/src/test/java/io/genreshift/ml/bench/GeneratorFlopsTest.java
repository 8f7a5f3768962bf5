package io.genreshift.ml.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;
import org.junit.jupiter.api.Test;

class GeneratorFlopsTest {

    @Test
    void countsTheReferenceGeneratorLayerByLayer() {
        // 2 · output positions · Cin · Cout · k² per conv; per input position for the transposed convs
        long expected = 2L * (64 * 84 * 1 * 64 * 49        // 7×7 in
                + 32 * 42 * 64 * 128 * 9                    // down 1
                + 16 * 21 * 128 * 256 * 9                   // down 2
                + 20L * 16 * 21 * 256 * 256 * 9             // 10 residual blocks × 2 convs
                + 16 * 21 * 256 * 128 * 9                   // up 1
                + 32 * 42 * 128 * 64 * 9                    // up 2
                + 64 * 84 * 64 * 1 * 49);                   // 7×7 out
        assertThat(GeneratorFlops.perPhrase(NetworkConfig.REFERENCE, Variant.BASE)).isEqualTo(expected)
                .isEqualTo(8_787_394_560L);
    }

    @Test
    void selfAttentionAddsItsProjectionsAndProducts() {
        long n = 16 * 21;
        long c = 256;
        long oneBlock = 2 * (2 * c * (c / 8) * n + c * c * n + n * n * (c / 8) + c * n * n);
        assertThat(GeneratorFlops.perPhrase(NetworkConfig.REFERENCE, Variant.SA)
                - GeneratorFlops.perPhrase(NetworkConfig.REFERENCE, Variant.SN)).isEqualTo(2 * oneBlock);
    }
}
