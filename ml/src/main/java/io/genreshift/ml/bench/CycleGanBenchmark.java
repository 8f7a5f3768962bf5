package io.genreshift.ml.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.genreshift.ml.engine.MxNetBackend;
import io.genreshift.ml.model.CycleGanGenerator;
import io.genreshift.ml.model.GenreClassifier;
import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.ParameterCount;
import io.genreshift.ml.model.PatchDiscriminator;
import io.genreshift.ml.model.Variant;
import java.util.function.Consumer;

/**
 * Times the same work as the PyTorch peer ({@code shared/tools/peer/cyclegan_peer.py}) on random 10 %-dense phrases:
 * generator inference, a full CycleGAN training iteration, classification, and saliency (input gradients).
 * Each measurement makes one warm-up call, then times {@code iterations} calls; every call runs in its own
 * sub-manager, which is closed afterwards.
 */
public final class CycleGanBenchmark {

    private static final long SEED = 19;

    private final BenchSettings settings;

    public CycleGanBenchmark(BenchSettings settings) {
        this.settings = settings;
    }

    public BenchResult run() {
        MxNetBackend.device();
        Engine engine = Engine.getInstance();
        engine.setRandomSeed((int) SEED);
        NetworkConfig net = settings.network();
        Variant variant = settings.variant();
        int b = settings.batch();
        Shape rolls = new Shape(b, 1, 64, 84);
        try (NDManager models = NDManager.newBaseManager(MxNetBackend.device())) {
            Block genAB = init(CycleGanGenerator.create(net, variant), models, rolls);
            Block genBA = init(CycleGanGenerator.create(net, variant), models, rolls);
            Block discA = init(PatchDiscriminator.create(net, variant), models, rolls);
            Block discB = init(PatchDiscriminator.create(net, variant), models, rolls);
            Block classifier = init(GenreClassifier.create(2), models, rolls);
            NDArray realA = models.randomUniform(0, 1, rolls).gt(0.9f).toType(DataType.FLOAT32, false);
            NDArray realB = models.randomUniform(0, 1, rolls).gt(0.9f).toType(DataType.FLOAT32, false);

            double infer = perSecond(models, step -> {
                NDArray y = forward(genAB, step, local(realA, step));
                y.gt(0.5f).toType(DataType.FLOAT32, false).sum().getFloat();
            }, settings.iterations()) * b;

            CycleGanIteration iteration = new CycleGanIteration(genAB, genBA, discA, discB);
            Consumer<NDManager> trainStep = step -> iteration.run(local(realA, step), local(realB, step),
                    step.randomNormal(rolls).abs());
            runIn(models, trainStep);  // the first iteration creates the optimizers' state
            MemorySnapshot before = MemorySnapshot.of(models);
            int timedIterations = Math.max(2, settings.iterations() / 2);
            long cpuBefore = ProcessCpu.nanos();
            double train = perSecond(models, trainStep, timedIterations) * b;
            // CPU time of the warm-up and timed iterations: less sensitive to other processes than wall time
            double trainCpuSeconds = (ProcessCpu.nanos() - cpuBefore) / 1e9 / (timedIterations + 1);
            MemorySnapshot midway = before;
            for (int i = 0; i < settings.soakIterations(); i++) {
                runIn(models, trainStep);
                if (i == settings.soakIterations() / 2) {
                    midway = MemorySnapshot.of(models);
                }
            }
            MemorySnapshot after = MemorySnapshot.of(models);
            int trained = 1 + timedIterations + settings.soakIterations();  // warm-up + timed + soak

            double classify = perSecond(models,
                    step -> forward(classifier, step, local(realA, step)).softmax(1).sum().getFloat(),
                    settings.iterations() * 4) * b;
            double saliency = perSecond(models, step -> saliency(classifier, step, local(realA, step)),
                    settings.iterations() * 4) * b;

            double gflops = GeneratorFlops.perPhrase(net, variant) * infer / 1e9;
            String engineName = engine.getEngineName() + " " + engine.getVersion() + " " + MxNetBackend.device();
            return new BenchResult(settings, engineName, MxNetBackend.threadHint(), MxNetBackend.waitPolicy(),
                    ParameterCount.trainable(genAB),
                    infer, train, trainCpuSeconds, classify, saliency, gflops, before, midway, after, trained);
        }
    }

    /** Positive gradient of the first genre's logit with respect to the input, times the input. */
    private static void saliency(Block classifier, NDManager step, NDArray x) {
        x.setRequiresGradient(true);
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray logits = classifier.forward(new ParameterStore(step, false), new NDList(x), false)
                    .singletonOrThrow();
            gc.backward(logits.get(":, 0").sum());
        }
        x.getGradient().maximum(0f).mul(x).sum().getFloat();
    }

    /**
     * A copy of {@code x} owned by {@code step}. Every op's result belongs to its first input's manager, so a step's
     * inputs must live in the step's manager for the step's temporaries to be freed with it.
     */
    private static NDArray local(NDArray x, NDManager step) {
        NDArray copy = x.duplicate();
        copy.attach(step);
        return copy;
    }

    private static Block init(Block block, NDManager manager, Shape input) {
        block.initialize(manager, DataType.FLOAT32, input);
        return block;
    }

    private static NDArray forward(Block block, NDManager step, NDArray x) {
        return block.forward(new ParameterStore(step, false), new NDList(x), false).singletonOrThrow();
    }

    private static double perSecond(NDManager parent, Consumer<NDManager> call, int n) {
        runIn(parent, call); // warm-up
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            runIn(parent, call);
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static void runIn(NDManager parent, Consumer<NDManager> call) {
        try (NDManager step = parent.newSubManager()) {
            call.accept(step);
        }
    }
}
