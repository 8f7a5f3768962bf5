package io.genreshift.ml.model;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import io.genreshift.ml.nn.Convolutions;
import io.genreshift.ml.nn.Deconvolution2d;
import io.genreshift.ml.nn.InstanceNorm;
import io.genreshift.ml.nn.ReflectionPad2d;
import io.genreshift.ml.nn.ResidualBlock;
import io.genreshift.ml.nn.SelfAttention2d;
import io.genreshift.ml.nn.ZeroPad2d;

/**
 * The reference ResNet generator {@code generator_resnet} (spec §3): (B, 1, 64, 84) 0/1 piano rolls (H = time,
 * W = pitch) in, (B, 1, 64, 84) note probabilities out.
 *
 * <pre>
 * reflect pad 3, 7×7 conv W, IN, ReLU                     64×84
 * 3×3 stride-2 conv 2W (TF SAME), IN, ReLU                32×42
 * 3×3 stride-2 conv 4W (TF SAME), IN, ReLU                16×21
 * R residual blocks at 4W          [SA before the last]   16×21
 *                                  [SA after the last]
 * 3×3 stride-2 deconv 2W (TF SAME), IN, ReLU              32×42
 * 3×3 stride-2 deconv W (TF SAME), IN, ReLU               64×84
 * reflect pad 3, 7×7 conv 1, sigmoid                      64×84
 * </pre>
 */
public final class CycleGanGenerator {

    private CycleGanGenerator() {
    }

    /** A new, uninitialised generator of the given size and variant. */
    public static Block create(NetworkConfig config, Variant variant) {
        int w = config.genWidth();
        boolean sn = variant.spectralNorm();
        SequentialBlock g = new SequentialBlock()
                .add(ReflectionPad2d.builder().setPadding(3).build())
                .add(Convolutions.conv2d(w, 7, 1, 0, sn))
                .add(InstanceNorm.builder().build())
                .add(Activation.reluBlock())
                // TF SAME for a 3×3 stride-2 conv on even sizes pads 0 before and 1 after (spec §2.1).
                .add(ZeroPad2d.builder().setPadding(0, 1).build())
                .add(Convolutions.conv2d(2 * w, 3, 2, 0, sn))
                .add(InstanceNorm.builder().build())
                .add(Activation.reluBlock())
                .add(ZeroPad2d.builder().setPadding(0, 1).build())
                .add(Convolutions.conv2d(4 * w, 3, 2, 0, sn))
                .add(InstanceNorm.builder().build())
                .add(Activation.reluBlock());
        for (int i = 0; i < config.resBlocks(); i++) {
            if (variant.selfAttention() && i == config.resBlocks() - 1) {
                g.add(SelfAttention2d.builder().setChannels(4 * w).optSpectralNorm(sn).build());
            }
            g.add(residualBlock(4 * w, sn));
        }
        if (variant.selfAttention()) {
            g.add(SelfAttention2d.builder().setChannels(4 * w).optSpectralNorm(sn).build());
        }
        // The reference never spectrally normalizes the transposed convs (spec §9).
        return g.add(Deconvolution2d.builder().setKernelSize(3).setFilters(2 * w).build())
                .add(InstanceNorm.builder().build())
                .add(Activation.reluBlock())
                .add(Deconvolution2d.builder().setKernelSize(3).setFilters(w).build())
                .add(InstanceNorm.builder().build())
                .add(Activation.reluBlock())
                .add(ReflectionPad2d.builder().setPadding(3).build())
                .add(Convolutions.conv2d(1, 7, 1, 0, sn))
                .add(Activation.sigmoidBlock());
    }

    private static Block residualBlock(int channels, boolean sn) {
        SequentialBlock body = new SequentialBlock()
                .add(ReflectionPad2d.builder().setPadding(1).build())
                .add(Convolutions.conv2d(channels, 3, 1, 0, sn))
                .add(InstanceNorm.builder().build())
                .add(Activation.reluBlock())
                .add(ReflectionPad2d.builder().setPadding(1).build())
                .add(Convolutions.conv2d(channels, 3, 1, 0, sn))
                .add(InstanceNorm.builder().build());
        return ResidualBlock.builder().setBody(body).build();
    }
}
