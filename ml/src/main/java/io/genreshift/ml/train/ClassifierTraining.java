package io.genreshift.ml.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.core.corpus.PhraseSet;
import io.genreshift.core.corpus.Split;
import io.genreshift.core.roll.Phrase;
import io.genreshift.ml.engine.MxNetBackend;
import io.genreshift.ml.model.GenreClassifier;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Trains a genre classifier (spec §6): Adam, softmax cross-entropy on 0/1 rolls (the network itself maps them to
 * ±1), no noise in training, genre-balanced epochs, test accuracy per genre after each epoch. The weights with the best balanced test
 * accuracy go to {@code directory/models} (or a model folder of your choice), the last ones to {@code directory/last}.
 */
public final class ClassifierTraining {
    private static final int EVAL_BATCH = 64;

    private ClassifierTraining() {
    }

    public static ClassifierSummary run(ClassifierConfig config, PhraseDataset data, Path directory, String command,
                                        Consumer<ClassifierEpoch> onEpoch) throws IOException {
        return run(config, data, directory, directory.resolve("models"), command, onEpoch);
    }

    /** As {@link #run(ClassifierConfig, PhraseDataset, Path, String, Consumer)}, with the best weights in {@code models}. */
    public static ClassifierSummary run(ClassifierConfig config, PhraseDataset data, Path directory, Path models,
                                        String command, Consumer<ClassifierEpoch> onEpoch) throws IOException {
        List<String> genres = config.genres();
        int classes = genres.size();
        List<PhraseSet> trainSets = genres.stream().map(g -> data.phrases(g, Split.TRAIN)).toList();
        PhraseSource train = new PhraseSource(trainSets);
        int[] labels = labels(trainSets);
        int batch = config.batchSize();
        int perGenre = trainSets.stream().mapToInt(PhraseSet::size).min().orElse(0);
        int iterations = perGenre * classes / batch;
        if (iterations == 0) {
            throw new IllegalArgumentException("the smallest training split of " + genres + " holds " + perGenre
                    + " phrases; a balanced epoch needs at least one batch of " + batch);
        }
        if (config.maxIterationsPerEpoch() > 0) iterations = Math.min(iterations, config.maxIterationsPerEpoch());
        Shape shape = new Shape(batch, 1, Phrase.STEPS, Phrase.CELLS / Phrase.STEPS);
        float[] x = new float[batch * Phrase.CELLS];
        float[] y = new float[batch * classes];
        List<ClassifierEpoch> epochs = new ArrayList<>();
        Path lastModels = directory.resolve("last");
        Path bestModel = null;
        int bestEpoch = -1;
        try (NDManager root = NDManager.newBaseManager(MxNetBackend.device())) {
            Engine.getInstance().setRandomSeed((int) config.seed());
            Block net = GenreClassifier.create(classes);
            net.initialize(root, DataType.FLOAT32, shape);
            try (AdamOptimizer adam = new AdamOptimizer(Map.of("classifier", net), config.beta1(), config.beta2(),
                    config.epsilon(), root)) {
                for (int epoch = 0; epoch < config.epochs(); epoch++) {
                    float rate = config.schedule().rate(epoch);
                    int[] order = balancedOrder(trainSets, perGenre, config.seed(), epoch);
                    double lossSum = 0;
                    for (int it = 0; it < iterations; it++) {
                        train.writeBatch(order, it * batch, batch, x);
                        java.util.Arrays.fill(y, 0f);
                        for (int b = 0; b < batch; b++) y[b * classes + labels[order[it * batch + b]]] = 1f;
                        // Per-step arrays die with this sub-manager.
                        try (NDManager step = root.newSubManager()) {
                            NDArray input = step.create(x, shape);
                            NDArray target = step.create(y, new Shape(batch, classes));
                            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                                NDArray logits = net.forward(new ParameterStore(step, false), new NDList(input), true)
                                        .singletonOrThrow();                                      // (B, classes)
                                NDArray loss = logits.logSoftmax(1).mul(target).sum(new int[] {1}).neg().mean();
                                gc.backward(loss);
                                lossSum += loss.getFloat();
                            }
                            adam.step(rate, step);
                        }
                    }
                    TrainingRandom noise = TrainingRandom.derived(config.seed(), -1 - epoch);
                    Map<String, Double> accuracy = testAccuracy(net, root, data, genres, config.testNoiseSigma(),
                            noise);
                    double balanced = accuracy.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
                    boolean best = bestEpoch < 0 || balanced > epochs.get(bestEpoch).balancedAccuracy();
                    ClassifierEpoch report = new ClassifierEpoch(epoch, lossSum / iterations, accuracy, balanced, best);
                    epochs.add(report);
                    if (best) {
                        bestEpoch = epoch;
                        bestModel = ModelExport.exportClassifier(models, net, genres, data.reportSha256(), command,
                                report);
                    }
                    onEpoch.accept(report);
                }
                Path last = ModelExport.exportClassifier(lastModels, net, genres, data.reportSha256(), command,
                        epochs.get(epochs.size() - 1));
                return new ClassifierSummary(epochs, bestEpoch, bestModel, last);
            }
        }
    }

    /** Argmax hit rate on each genre's test split; {@code sigma} > 0 adds N(0, σ) noise to the inputs (spec §6). */
    static Map<String, Double> testAccuracy(Block net, NDManager root, PhraseDataset data, List<String> genres,
                                            float sigma, TrainingRandom noise) {
        Map<String, Double> accuracy = new LinkedHashMap<>();
        for (int label = 0; label < genres.size(); label++) {
            PhraseSet test = data.phrases(genres.get(label), Split.TEST);
            long correct = 0;
            for (int from = 0; from < test.size(); from += EVAL_BATCH) {
                int n = Math.min(EVAL_BATCH, test.size() - from);
                int[] idx = new int[n];
                for (int i = 0; i < n; i++) idx[i] = from + i;
                float[] x = new float[n * Phrase.CELLS];
                test.writeBatch(idx, x);
                if (sigma > 0) for (int i = 0; i < x.length; i++) x[i] += (float) (noise.nextGaussian() * sigma);
                try (NDManager step = root.newSubManager()) {
                    NDArray input = step.create(x, new Shape(n, 1, Phrase.STEPS, Phrase.CELLS / Phrase.STEPS));
                    long[] predicted = net.forward(new ParameterStore(step, false), new NDList(input), false)
                            .singletonOrThrow().argMax(1).toLongArray();
                    for (long p : predicted) if (p == label) correct++;
                }
            }
            accuracy.put(genres.get(label), test.size() == 0 ? Double.NaN : (double) correct / test.size());
        }
        return accuracy;
    }

    /**
     * A shuffled epoch with {@code perGenre} random phrases of every genre, so that a large genre cannot bias the
     * classifier (the reference trained on pair corpora balanced by downsampling; here the subset changes each epoch).
     */
    static int[] balancedOrder(List<PhraseSet> sets, int perGenre, long seed, int epoch) {
        int[] order = new int[perGenre * sets.size()];
        int offset = 0;
        long stream = (long) epoch * (sets.size() + 1);
        for (int g = 0; g < sets.size(); g++) {
            int[] p = TrainingRandom.derived(seed, stream + g).permutation(sets.get(g).size());
            for (int i = 0; i < perGenre; i++) order[g * perGenre + i] = offset + p[i];
            offset += sets.get(g).size();
        }
        int[] shuffle = TrainingRandom.derived(seed, stream + sets.size()).permutation(order.length);
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) out[i] = order[shuffle[i]];
        return out;
    }

    private static int[] labels(List<PhraseSet> sets) {
        int n = sets.stream().mapToInt(PhraseSet::size).sum();
        int[] labels = new int[n];
        int i = 0;
        for (int label = 0; label < sets.size(); label++) {
            for (int k = 0; k < sets.get(label).size(); k++) labels[i++] = label;
        }
        return labels;
    }
}
