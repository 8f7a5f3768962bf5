package io.genreshift.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Moves a temporary derived from a parameter into the caller's (per-step) manager.
 *
 * <p>An op's result belongs to the manager of its first input. A chain of ops that starts from a parameter (a
 * normalized or rearranged kernel) would otherwise leave its temporaries in the long-lived parameter manager on every
 * forward pass; starting the chain from an array owned by the step's manager keeps every later temporary there too.
 */
final class StepScope {

    private StepScope() {
    }

    /** Attaches {@code a} to {@code scope} and returns it. */
    static NDArray own(NDArray a, NDManager scope) {
        a.attach(scope);
        return a;
    }
}
