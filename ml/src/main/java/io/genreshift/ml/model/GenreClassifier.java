package io.genreshift.ml.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import io.genreshift.ml.nn.Convolutions;
import io.genreshift.ml.nn.InstanceNorm;

/**
 * The reference genre classifier {@code discriminator_classifier} (spec §6): (B, 1, 64, 84) 0/1 piano rolls in,
 * (B, classes) logits out (softmax belongs to the loss or the caller). The input is mapped to ±1 inside.
 *
 * <pre>
 * x·2 − 1
 * 1×12 conv 64 (stride = kernel), LReLU             64×7
 * 4×1 conv 128, IN, LReLU                           16×7
 * 2×1 conv 256, IN, LReLU                            8×7
 * 8×1 conv 512, IN, LReLU                            1×7
 * 1×7 conv classes                                   1×1 → (B, classes)
 * </pre>
 * It never uses spectral normalization or self-attention.
 */
public final class GenreClassifier {

    private static final float LEAKY_SLOPE = 0.2f;

    private GenreClassifier() {
    }

    /** A new, uninitialised classifier with one logit per genre (2 for a pair, 3 for jazz/classic/pop). */
    public static Block create(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("a classifier needs at least 2 classes, got " + classes);
        }
        return new SequentialBlock()
                .add(new LambdaBlock(x -> new NDList(x.singletonOrThrow().mul(2f).sub(1f)), "toSigned"))
                .add(strided(64, 1, 12))
                .add(Activation.leakyReluBlock(LEAKY_SLOPE))
                .add(strided(128, 4, 1))
                .add(InstanceNorm.builder().build())
                .add(Activation.leakyReluBlock(LEAKY_SLOPE))
                .add(strided(256, 2, 1))
                .add(InstanceNorm.builder().build())
                .add(Activation.leakyReluBlock(LEAKY_SLOPE))
                .add(strided(512, 8, 1))
                .add(InstanceNorm.builder().build())
                .add(Activation.leakyReluBlock(LEAKY_SLOPE))
                .add(strided(classes, 1, 7))
                .add(Blocks.batchFlattenBlock());
    }

    /** Kernel = stride, so no padding is needed despite the reference's SAME. */
    private static Block strided(int filters, int kh, int kw) {
        Shape k = new Shape(kh, kw);
        return Convolutions.conv2d(filters, k, k, new Shape(0, 0), false);
    }
}
