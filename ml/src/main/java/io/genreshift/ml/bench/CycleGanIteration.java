package io.genreshift.ml.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import io.genreshift.ml.model.CycleGanLosses;

/**
 * One full CycleGAN training iteration of the base model (spec §7.1, §7.3), as the benchmark times it: a G step that
 * updates both generators from both adversarial losses and both cycle losses with one backward pass, then a D step
 * on the pre-update fakes. All discriminator inputs share one noise array.
 *
 * <p>Every array of a step belongs to the manager of {@code realA}; give each iteration its own sub-manager and close
 * it afterwards, and memory stays flat. MXNet keeps one gradient per parameter and overwrites it on each backward,
 * hence one backward pass per optimizer step.
 */
public final class CycleGanIteration {

    /** The reference optimiser for G and for D: Adam(2e-4, β1 0.5). */
    public static Optimizer referenceAdam() {
        return Optimizer.adam().optLearningRateTracker(Tracker.fixed(2e-4f)).optBeta1(0.5f).build();
    }

    private final Block genAB;
    private final Block genBA;
    private final Block discA;
    private final Block discB;
    private final Optimizer genOptimizer = referenceAdam();
    private final Optimizer discOptimizer = referenceAdam();

    /** The four networks must be initialised; their parameters receive the updates. */
    public CycleGanIteration(Block genAB, Block genBA, Block discA, Block discB) {
        this.genAB = genAB;
        this.genBA = genBA;
        this.discA = discA;
        this.discB = discB;
    }

    /** The losses of one iteration, read after its steps. */
    public record Losses(float generator, float discriminator) {
    }

    /**
     * Runs the G step then the D step.
     *
     * @param realA (B, 1, 64, 84) phrases of genre A
     * @param realB (B, 1, 64, 84) phrases of genre B
     * @param noise (B, 1, 64, 84) the iteration's |N(0, σ_D)| noise, added to every discriminator input
     */
    public Losses run(NDArray realA, NDArray realB, NDArray noise) {
        ParameterStore ps = new ParameterStore(realA.getManager(), false);
        NDArray fakeA;
        NDArray fakeB;
        NDArray generatorLoss;
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            fakeB = forward(genAB, ps, realA);
            fakeA = forward(genBA, ps, realB);
            NDArray cycle = CycleGanLosses.cycle(realA, forward(genBA, ps, fakeB))
                    .add(CycleGanLosses.cycle(realB, forward(genAB, ps, fakeA)));
            generatorLoss = CycleGanLosses.leastSquares(forward(discB, ps, fakeB.add(noise)), 1f)
                    .add(CycleGanLosses.leastSquares(forward(discA, ps, fakeA.add(noise)), 1f))
                    .add(cycle.mul(CycleGanLosses.CYCLE_WEIGHT));
            gc.backward(generatorLoss);
        }
        update(genOptimizer, genAB, genBA);

        NDArray discriminatorLoss;
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray lossA = CycleGanLosses.discriminator(forward(discA, ps, realA.add(noise)),
                    forward(discA, ps, fakeA.stopGradient().add(noise)));
            NDArray lossB = CycleGanLosses.discriminator(forward(discB, ps, realB.add(noise)),
                    forward(discB, ps, fakeB.stopGradient().add(noise)));
            discriminatorLoss = lossA.add(lossB);
            gc.backward(discriminatorLoss);
        }
        update(discOptimizer, discA, discB);
        return new Losses(generatorLoss.getFloat(), discriminatorLoss.getFloat());
    }

    private static NDArray forward(Block block, ParameterStore ps, NDArray x) {
        return block.forward(ps, new NDList(x), true).singletonOrThrow();
    }

    private static void update(Optimizer optimizer, Block... blocks) {
        for (Block block : blocks) {
            for (Pair<String, Parameter> p : block.getParameters()) {
                Parameter param = p.getValue();
                if (!param.requiresGradient()) {
                    continue;
                }
                NDArray weight = param.getArray();
                // getGradient() makes a new handle on the weight's long-lived manager: close it at once.
                try (NDArray grad = weight.getGradient()) {
                    optimizer.update(param.getId(), weight, grad);
                }
            }
        }
    }
}
