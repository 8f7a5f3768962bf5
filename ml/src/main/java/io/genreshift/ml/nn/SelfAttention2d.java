package io.genreshift.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;

/**
 * SAGAN-style self-attention over all H×W positions (Zhang et al. 2018), as in the 2019 follow-up (spec §10):
 * 1×1 query/key projections to C/8 channels, a value projection that keeps all C channels, no output projection, and
 * {@code out = γ·attention + x} with a learnable scalar γ initialised to 0, so a fresh block is the identity.
 *
 * <p>Legend: B batch, C channels, C8 = C/8, N = H·W positions.
 */
public final class SelfAttention2d extends AbstractBlock {

    private static final byte VERSION = 1;

    private final Block query;
    private final Block key;
    private final Block value;
    private final Parameter gamma;

    private SelfAttention2d(Builder builder) {
        super(VERSION);
        int c8 = builder.channels / 8;
        // Names follow the reference: f (key), g (query), h (value).
        key = addChildBlock("f", Convolutions.conv2d(c8, 1, 1, 0, builder.spectralNorm));
        query = addChildBlock("g", Convolutions.conv2d(c8, 1, 1, 0, builder.spectralNorm));
        value = addChildBlock("h", Convolutions.conv2d(builder.channels, 1, 1, 0, builder.spectralNorm));
        gamma = addParameter(Parameter.builder().setName("gamma").setType(Parameter.Type.OTHER)
                .optShape(new Shape(1)).optInitializer(Initializer.ZEROS).build());
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Shape s = x.getShape();
        long b = s.get(0);
        long c = s.get(1);
        long n = s.get(2) * s.get(3);
        NDArray f = key.forward(ps, inputs, training).singletonOrThrow().reshape(b, -1, n);    // (B, C8, N)
        NDArray g = query.forward(ps, inputs, training).singletonOrThrow().reshape(b, -1, n);  // (B, C8, N)
        NDArray h = value.forward(ps, inputs, training).singletonOrThrow().reshape(b, c, n);   // (B, C, N)
        NDArray attention = g.transpose(0, 2, 1).matMul(f).softmax(-1);                          // (B, N, N), rows sum to 1
        // o = h·attentionᵀ, computed as (attention·hᵀ)ᵀ: only the small (B, N, C) arrays are transposed, never the
        // N×N attention (1,344² entries per phrase in the discriminator), in the forward pass and in its gradient.
        NDArray o = attention.matMul(h.transpose(0, 2, 1)).transpose(0, 2, 1).reshape(s);       // (B, C, H, W)
        NDArray gm = ps.getValue(gamma, x.getDevice(), training);
        return new NDList(o.mul(gm).add(x));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] in) {
        return new Shape[] {in[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        key.initialize(manager, dataType, inputShapes);
        query.initialize(manager, dataType, inputShapes);
        value.initialize(manager, dataType, inputShapes);
    }

    /** Builds a {@link SelfAttention2d}; the channel count is required. */
    public static final class Builder {
        private int channels;
        private boolean spectralNorm;

        private Builder() {
        }

        /** Input (and output) channels C; must be at least 8. */
        public Builder setChannels(int channels) {
            this.channels = channels;
            return this;
        }

        /** Spectrally normalize the three 1×1 projections (the "sn+sa" variant). Defaults to false. */
        public Builder optSpectralNorm(boolean spectralNorm) {
            this.spectralNorm = spectralNorm;
            return this;
        }

        public SelfAttention2d build() {
            if (channels < 8) {
                throw new IllegalArgumentException("self-attention needs at least 8 channels, got " + channels);
            }
            return new SelfAttention2d(this);
        }
    }
}
