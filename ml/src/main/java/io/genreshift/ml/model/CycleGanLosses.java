package io.genreshift.ml.model;

import ai.djl.ndarray.NDArray;

/** The reference CycleGAN losses (spec §7.1), as pure functions of arrays. */
public final class CycleGanLosses {

    /** λ, the weight of the cycle-consistency loss. */
    public static final float CYCLE_WEIGHT = 10f;

    private CycleGanLosses() {
    }

    /** LSGAN adversarial loss: mean((scores − target)²) over all elements (the reference's {@code mae_criterion}). */
    public static NDArray leastSquares(NDArray scores, float target) {
        return scores.sub(target).square().mean();
    }

    /** Cycle-consistency loss for one direction, unweighted: mean |x − F(G(x))|. */
    public static NDArray cycle(NDArray real, NDArray reconstructed) {
        return real.sub(reconstructed).abs().mean();
    }

    /**
     * One discriminator's loss: ½ [MSE(D(real + n), 1) + MSE(D(fake + n), 0)], given the two score maps.
     */
    public static NDArray discriminator(NDArray realScores, NDArray fakeScores) {
        return leastSquares(realScores, 1f).add(leastSquares(fakeScores, 0f)).mul(0.5f);
    }
}
