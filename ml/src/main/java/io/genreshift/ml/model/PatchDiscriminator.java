package io.genreshift.ml.model;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import io.genreshift.ml.nn.Convolutions;
import io.genreshift.ml.nn.InstanceNorm;
import io.genreshift.ml.nn.SelfAttention2d;
import io.genreshift.ml.nn.ZeroPad2d;

/**
 * The reference 3-layer PatchGAN discriminator (spec §4): (B, 1, 64, 84) in, (B, 1, 16, 21) raw scores out (compared
 * with 1 or 0 under MSE by the LSGAN losses).
 *
 * <pre>
 * 7×7 stride-2 conv DW (TF SAME), LReLU 0.2        [SA]   32×42
 * 7×7 stride-2 conv 4·DW (TF SAME), IN, LReLU 0.2  [SA]   16×21
 * 7×7 stride-1 conv 1 (SAME)                              16×21
 * </pre>
 */
public final class PatchDiscriminator {

    private static final float LEAKY_SLOPE = 0.2f;

    private PatchDiscriminator() {
    }

    /** A new, uninitialised discriminator of the given size and variant. */
    public static Block create(NetworkConfig config, Variant variant) {
        int w = config.discWidth();
        boolean sn = variant.spectralNorm();
        SequentialBlock d = new SequentialBlock()
                // TF SAME for a 7×7 stride-2 conv on even sizes pads 2 before and 3 after (spec §2.1).
                .add(ZeroPad2d.builder().setPadding(2, 3).build())
                .add(Convolutions.conv2d(w, 7, 2, 0, sn))
                .add(Activation.leakyReluBlock(LEAKY_SLOPE));
        if (variant.selfAttention()) {
            d.add(SelfAttention2d.builder().setChannels(w).optSpectralNorm(sn).build());
        }
        d.add(ZeroPad2d.builder().setPadding(2, 3).build())
                .add(Convolutions.conv2d(4 * w, 7, 2, 0, sn))
                .add(InstanceNorm.builder().build())
                .add(Activation.leakyReluBlock(LEAKY_SLOPE));
        if (variant.selfAttention()) {
            d.add(SelfAttention2d.builder().setChannels(4 * w).optSpectralNorm(sn).build());
        }
        return d.add(Convolutions.conv2d(1, 7, 1, 3, sn));
    }
}
