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
     * Cycle loss that weighs note cells and silent cells equally: ½·mean over the target's notes of |x − y| + ½·mean
     * over its silent cells. The plain mean is 95 % silent cells, so at the start of training it pays the generators
     * to write nothing (docs/training.md, "the empty-output phase").
     */
    public static NDArray balancedCycle(NDArray real, NDArray reconstructed) {
        NDArray error = real.sub(reconstructed).abs();
        NDArray silent = real.neg().add(1f);
        NDArray onNotes = error.mul(real).sum().div(real.sum().maximum(1f));
        NDArray onSilence = error.mul(silent).sum().div(silent.sum().maximum(1f));
        return onNotes.add(onSilence).mul(0.5f);
    }

    /**
     * The content change of spec §11.2 made differentiable: Σ|x − y| / Σx over the batch, i.e. (added + removed)
     * cells per source note cell, with y the generator's probabilities instead of the binarized roll.
     */
    public static NDArray contentChange(NDArray source, NDArray output) {
        return source.sub(output).abs().sum().div(source.sum().maximum(1f));
    }

    /**
     * Cross-entropy of probabilities against a 0/1 target, note and silent cells weighted equally (½ each), i.e. a
     * positive weight of (1 − density)/density. Unlike L1 its gradient does not vanish when the sigmoid saturates at 0,
     * which is what lets a warm start leave the empty output within tens of iterations.
     */
    public static NDArray balancedCrossEntropy(NDArray target, NDArray probability) {
        // + ε instead of a clip: a clip would cut the gradient of a saturated cell, the one case this loss is for.
        NDArray silent = target.neg().add(1f);
        NDArray onNotes = probability.add(1e-7f).log().mul(target).sum().div(target.sum().maximum(1f));
        NDArray onSilence = probability.neg().add(1f + 1e-7f).log().mul(silent).sum()
                .div(silent.sum().maximum(1f));
        return onNotes.add(onSilence).mul(-0.5f);
    }

    /**
     * One discriminator's loss: ½ [MSE(D(real + n), 1) + MSE(D(fake + n), 0)], given the two score maps.
     */
    public static NDArray discriminator(NDArray realScores, NDArray fakeScores) {
        return leastSquares(realScores, 1f).add(leastSquares(fakeScores, 0f)).mul(0.5f);
    }
}
