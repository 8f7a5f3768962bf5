package io.genreshift.ml.train;

import java.util.List;

/**
 * A genre classifier training run (spec §6). Defaults, one comment each, live in {@link Builder}.
 *
 * @param genres class order: class i = genres[i] (2 for a pair classifier, 3 for genre detection)
 */
public record ClassifierConfig(List<String> genres, int epochs, int batchSize, float learningRate, float beta1,
                               float beta2, float epsilon, int constantRateEpochs, float testNoiseSigma, long seed,
                               int maxIterationsPerEpoch) {

    public ClassifierConfig {
        genres = List.copyOf(genres);
        if (genres.size() < 2 || genres.stream().distinct().count() != genres.size()) {
            throw new IllegalArgumentException("a classifier needs at least two different genres, got " + genres);
        }
        if (epochs < 1 || batchSize < 1 || testNoiseSigma < 0 || maxIterationsPerEpoch < 0) {
            throw new IllegalArgumentException("epochs and batch size must be ≥ 1, σ_C and the iteration cap ≥ 0");
        }
    }

    public static Builder builder(List<String> genres) {
        return new Builder(genres);
    }

    public LearningRateSchedule schedule() {
        return new LearningRateSchedule(learningRate, constantRateEpochs, epochs);
    }

    /** Defaults and overrides. */
    public static final class Builder {
        private final List<String> genres;        // class order
        private int epochs = 30;                  // CZ's checkpoints imply 25–30 epochs (spec §6)
        private int batchSize = 16;               // reference batch
        private float learningRate = 2e-4f;       // Adam step size
        private float beta1 = 0.5f;               // Adam β1, reference
        private float beta2 = 0.999f;             // Adam β2, TF default
        private float epsilon = 1e-8f;            // Adam ε, TF default
        private int constantRateEpochs = 10;      // same schedule as the CycleGAN: then linear decay to 0
        private float testNoiseSigma = 0f;        // σ_C of Gaussian noise on test inputs (CZ 0; SZ 1); none in training
        private long seed = 19;                   // the reference's seed
        private int maxIterationsPerEpoch = 0;    // 0 = all training phrases / batch; smaller for smoke runs

        private Builder(List<String> genres) {
            this.genres = List.copyOf(genres);
        }

        public Builder epochs(int e) { epochs = e; return this; }
        public Builder batchSize(int b) { batchSize = b; return this; }
        public Builder learningRate(float r) { learningRate = r; return this; }
        public Builder testNoiseSigma(float s) { testNoiseSigma = s; return this; }
        public Builder seed(long s) { seed = s; return this; }
        public Builder maxIterationsPerEpoch(int n) { maxIterationsPerEpoch = n; return this; }

        public ClassifierConfig build() {
            return new ClassifierConfig(genres, epochs, batchSize, learningRate, beta1, beta2, epsilon,
                    constantRateEpochs, testNoiseSigma, seed, maxIterationsPerEpoch);
        }
    }
}
