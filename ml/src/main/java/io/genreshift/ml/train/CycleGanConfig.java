package io.genreshift.ml.train;

import io.genreshift.core.corpus.ValidationHoldout;
import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;

import java.util.Locale;
import java.util.Optional;

/**
 * Everything that determines a CycleGAN training run's result. The defaults, one comment each, live in
 * {@link Builder}; they follow the reference (spec §7, §14) unless a comment says otherwise. A checkpoint stores the
 * config, and {@code --resume} refuses to continue under a different one.
 */
public record CycleGanConfig(String genreA, String genreB, Variant variant, CycleGanModel model, NetworkConfig network,
                             int epochs, int batchSize, float learningRate, float beta1, float beta2, float epsilon,
                             int constantRateEpochs, float cycleWeight, float mixedWeight, boolean mixedGeneratorTerm,
                             float sigmaD, int poolSize, long seed, int maxIterationsPerEpoch,
                             TrainingRecipe recipe, double validationShare, float averageDecay) {

    public CycleGanConfig {
        if (genreA.equals(genreB)) throw new IllegalArgumentException("the pair needs two different genres: " + genreA);
        if (epochs < 1 || batchSize < 1) throw new IllegalArgumentException("epochs and batch size must be ≥ 1");
        if (sigmaD < 0 || cycleWeight < 0 || mixedWeight < 0 || poolSize < 0 || maxIterationsPerEpoch < 0) {
            throw new IllegalArgumentException("σ_D, λ, γ, pool size and iteration cap must be ≥ 0");
        }
        if (recipe == null) recipe = TrainingRecipe.PAPER;
        if (validationShare != 0) ValidationHoldout.of(validationShare); // validates the share
        if (!(averageDecay >= 0 && averageDecay < 1)) {
            throw new IllegalArgumentException("the weight average's decay must be in [0, 1), was " + averageDecay);
        }
    }

    /** The songs this run holds out of its training split, or empty when it trains on all of them. */
    public Optional<ValidationHoldout> validationHoldout() {
        return validationShare == 0 ? Optional.empty() : Optional.of(ValidationHoldout.of(validationShare));
    }

    public static Builder builder(String genreA, String genreB) {
        return new Builder(genreA, genreB);
    }

    public LearningRateSchedule schedule() {
        return new LearningRateSchedule(learningRate, constantRateEpochs, epochs);
    }

    /** E.g. "sn partial, network 16/4/16, recipe paper". */
    public String describeModel() {
        return String.format(Locale.ROOT, "%s %s, network %d/%d/%d, recipe %s", variant.name().toLowerCase(Locale.ROOT)
                .replace('_', '+'), model.id(), network.genWidth(), network.resBlocks(), network.discWidth(),
                recipe.describe());
    }

    /** True while the iteration at {@code step} (0-based, over the whole run) belongs to the recipe's warm start. */
    public boolean warmingUp(long step) {
        return step < recipe.warmStart();
    }

    /** Defaults and overrides. */
    public static final class Builder {
        private final String genreA;              // source of G_A→B: the pair's first genre
        private final String genreB;              // source of G_B→A
        private Variant variant = Variant.BASE;   // 2019 paper: base | sn | sa | sn+sa
        private CycleGanModel model = CycleGanModel.BASE; // 2018 paper: base | partial | full (spec §5)
        private NetworkConfig network = NetworkConfig.COMPACT; // trains ≥ 10 pairs/s on 2 cores; REFERENCE = paper
        private int epochs = 30;                  // the PyTorch ports' count (code default 100, thesis tables 20; §15)
        private int batchSize = 16;               // reference batch
        private float learningRate = 2e-4f;       // Adam step size for both G and D
        private float beta1 = 0.5f;               // Adam β1, reference
        private float beta2 = 0.999f;             // Adam β2, TF default
        private float epsilon = 1e-8f;            // Adam ε, TF default
        private int constantRateEpochs = 10;      // then linear decay to 0 at the last epoch
        private float cycleWeight = 10f;          // λ of the L1 cycle loss
        private float mixedWeight = 1f;           // γ of the mixed discriminators (partial/full)
        private boolean mixedGeneratorTerm = false; // reference: G gets no gradient from D_m (spec §5); see docs
        private float sigmaD = 1f;                // σ of the half-normal noise on every D input
        private int poolSize = 50;                // batch-level image pool (partial/full only)
        private long seed = 19;                   // the reference's tf.set_random_seed(19)
        private int maxIterationsPerEpoch = 0;    // 0 = min(|A|,|B|)/batch; smaller values are for smoke runs
        private TrainingRecipe recipe = TrainingRecipe.WARM; // not the reference: a warm start first (docs/training.md)
        private double validationShare = 0;       // share of training songs held out to choose checkpoints; 0 = none
        private float averageDecay = 0;           // β of the generators' exported weight average; 0 = trained weights

        private Builder(String genreA, String genreB) {
            this.genreA = genreA;
            this.genreB = genreB;
        }

        public Builder variant(Variant v) { variant = v; return this; }
        public Builder model(CycleGanModel m) { model = m; return this; }
        public Builder network(NetworkConfig n) { network = n; return this; }
        public Builder epochs(int e) { epochs = e; return this; }
        public Builder batchSize(int b) { batchSize = b; return this; }
        public Builder learningRate(float r) { learningRate = r; return this; }
        public Builder constantRateEpochs(int e) { constantRateEpochs = e; return this; }
        public Builder cycleWeight(float w) { cycleWeight = w; return this; }
        public Builder mixedWeight(float w) { mixedWeight = w; return this; }
        public Builder mixedGeneratorTerm(boolean on) { mixedGeneratorTerm = on; return this; }
        public Builder sigmaD(float s) { sigmaD = s; return this; }
        public Builder poolSize(int n) { poolSize = n; return this; }
        public Builder seed(long s) { seed = s; return this; }
        public Builder maxIterationsPerEpoch(int n) { maxIterationsPerEpoch = n; return this; }
        public Builder recipe(TrainingRecipe r) { recipe = r; return this; }
        public Builder validationShare(double share) { validationShare = share; return this; }
        public Builder averageDecay(float beta) { averageDecay = beta; return this; }

        public CycleGanConfig build() {
            return new CycleGanConfig(genreA, genreB, variant, model, network, epochs, batchSize, learningRate, beta1,
                    beta2, epsilon, constantRateEpochs, cycleWeight, mixedWeight, mixedGeneratorTerm, sigmaD,
                    poolSize, seed, maxIterationsPerEpoch, recipe, validationShare, averageDecay);
        }
    }
}
