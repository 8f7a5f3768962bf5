package io.genreshift.ml.bench;

import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;

/**
 * Floating-point operations of one generator forward pass for one phrase, counting 2 per multiply-add of the
 * convolutions, transposed convolutions and attention products (norms and activations are memory-bound and left out).
 */
public final class GeneratorFlops {

    private static final long T = 64;
    private static final long P = 84;

    private GeneratorFlops() {
    }

    public static long perPhrase(NetworkConfig config, Variant variant) {
        long w = config.genWidth();
        long full = T * P;
        long half = (T / 2) * (P / 2);
        long quarter = (T / 4) * (P / 4);
        long macs = 1 * w * 49 * full                                 // 7×7 in
                + w * 2 * w * 9 * half                                // 3×3 stride 2
                + 2 * w * 4 * w * 9 * quarter                         // 3×3 stride 2
                + config.resBlocks() * 2L * (4 * w * 4 * w * 9 * quarter)
                + 4 * w * 2 * w * 9 * quarter                         // deconv, per input position
                + 2 * w * w * 9 * half                                // deconv
                + w * 1 * 49 * full;                                  // 7×7 out
        if (variant.selfAttention()) {
            long c = 4 * w;
            long attention = 2 * c * (c / 8) * quarter + c * c * quarter   // f, g, h projections
                    + quarter * quarter * (c / 8) + c * quarter * quarter; // scores and weighted sum
            macs += 2 * attention;
        }
        return 2 * macs;
    }
}
