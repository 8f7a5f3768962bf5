package io.genreshift.cli;

import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;
import io.genreshift.ml.train.CycleGanConfig;
import io.genreshift.ml.train.CycleGanTraining;
import io.genreshift.ml.train.MetricsLog;
import io.genreshift.ml.train.CycleGanModel;
import io.genreshift.ml.train.PeriodicCheckpointer;
import io.genreshift.ml.train.ProgressReporter;
import io.genreshift.ml.train.RunOptions;
import io.genreshift.ml.train.SnapshotExporter;
import io.genreshift.ml.train.TrainingRecipe;
import io.genreshift.ml.train.TrainingSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code genreshift train}: trains a CycleGAN for one genre pair, resumable after any interruption. */
@Command(name = "train", header = "Train a CycleGAN genre-transfer model for one pair (both directions).",
        description = {"Writes checkpoint.bin (atomically, every few minutes and at each epoch end), metrics.jsonl "
                + "and, when done, models/ into --out. After an interruption, run the same command with --resume."})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingRunOptions training;

    @Option(names = "--pair", required = true, paramLabel = "<a,b>", description = "Genre pair, e.g. classic,pop: A is the first.")
    String pair;

    @Option(names = "--variant", defaultValue = "base", paramLabel = "<v>", description = "base, sn, sa or sn+sa (default: ${DEFAULT-VALUE}).")
    String variant;

    @Option(names = "--model", defaultValue = "base", paramLabel = "<m>", description = "base, partial or full (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--config", defaultValue = "compact", paramLabel = "<c>", description = "Network size: compact, reference or W,R,DW (default: ${DEFAULT-VALUE}).")
    String config;

    @Option(names = "--out", paramLabel = "<dir>", description = "Run directory (default: runs/<a>2<b>-<variant>-<model>-<config>).")
    Path out;

    @Option(names = "--export", paramLabel = "<dir>", description = "Model folder for the finished generators, e.g. assets/models (default: <out>/models).")
    Path export;

    @Option(names = "--resume", description = "Continue the run in --out from its checkpoint.")
    boolean resume;

    @Option(names = "--seed", paramLabel = "<n>", description = "Random seed (default 19, as the reference).")
    Long seed;

    @Option(names = "--sigma-d", paramLabel = "<σ>", description = "σ of the half-normal noise on discriminator inputs (default 1.0).")
    Float sigmaD;

    @Option(names = "--constant-rate-epochs", paramLabel = "<n>", description = "Epochs at the full learning rate "
            + "before it decays linearly to 0 at the last epoch (default 10, the reference's; n ≥ --epochs keeps it constant).")
    Integer constantRateEpochs;

    @Option(names = "--mixed-generator-term", description = "Also train the generators against the mixed discriminators (partial/full; not in the reference).")
    boolean mixedGeneratorTerm;

    @Option(names = "--recipe", defaultValue = "warm", paramLabel = "<r>", description = "paper (the reference losses, "
            + "comparable with published numbers) or warm (the generators first learn to copy their input for 150 "
            + "iterations, then the paper's losses; default: ${DEFAULT-VALUE}). The four options below change single settings of it.")
    String recipe;

    @Option(names = "--warm-start", paramLabel = "<n>", description = "Iterations in which the generators first learn to copy their input.")
    Integer warmStart;

    @Option(names = "--identity-weight", paramLabel = "<λ>", description = "Weight of the identity term G_A→B(x_B) ≈ x_B.")
    Float identityWeight;

    @Option(names = "--retention-weight", paramLabel = "<λ>", description = "Weight of the source-retention term (soft content change of each transfer).")
    Float retentionWeight;

    @Option(names = "--balanced-cycle", negatable = true, paramLabel = "<on>", description = "Weigh note and silent cells equally in the cycle loss.")
    Boolean balancedCycle;

    @Option(names = "--max-minutes", paramLabel = "<m>", description = "Stop after this many minutes, with a checkpoint to resume from.")
    Double maxMinutes;

    @Option(names = "--checkpoint-minutes", defaultValue = "5", paramLabel = "<m>", description = "Minutes between checkpoints (default: ${DEFAULT-VALUE}).")
    double checkpointMinutes;

    @Option(names = "--iterations-per-epoch", paramLabel = "<n>", description = "Cap on iterations per epoch, for smoke runs (default: all).")
    Integer iterationsPerEpoch;

    @Option(names = "--validation-share", paramLabel = "<s>", description = "Hold this share of each genre's training "
            + "songs out of training (e.g. 0.1), to choose between snapshots with evaluate --split validation (default: 0, train on all).")
    Double validationShare;

    @Option(names = "--average-decay", paramLabel = "<β>", description = "Export an exponential moving average of the "
            + "generators' weights, updated after every iteration with decay β (e.g. 0.99, a horizon of about 100 "
            + "iterations), instead of the last weights; it damps the swings of GAN training (default: 0, none).")
    Float averageDecay;

    @Option(names = "--snapshot-every", paramLabel = "<n>", description = "Also keep the generators of every n-th "
            + "iteration in <out>/snapshots/step-NNNNN, to choose the run's best point afterwards (default: none).")
    Integer snapshotEvery;

    @Option(names = "--export-checkpoint", description = "Do not train: write the generators of the checkpoint in --out to --export, e.g. after --max-minutes stopped the run. Pass the run's other options unchanged.")
    boolean exportCheckpoint;

    /** The run's configuration from the options; a bad value is a usage error. */
    private CycleGanConfig config() {
        String[] genres = pair.split(",");
        if (genres.length != 2) throw new IllegalArgumentException("--pair needs two genres such as classic,pop, got '" + pair + "'");
        CycleGanConfig.Builder b = CycleGanConfig.builder(genres[0].trim(), genres[1].trim())
                .variant(Variant.parse(variant)).model(CycleGanModel.parse(model)).network(NetworkConfig.parse(config))
                .mixedGeneratorTerm(mixedGeneratorTerm);
        if (training.epochs != null) b.epochs(training.epochs);
        if (constantRateEpochs != null) b.constantRateEpochs(constantRateEpochs);
        if (seed != null) b.seed(seed);
        if (sigmaD != null) b.sigmaD(sigmaD);
        if (iterationsPerEpoch != null) b.maxIterationsPerEpoch(iterationsPerEpoch);
        if (validationShare != null) b.validationShare(validationShare);
        if (averageDecay != null) b.averageDecay(averageDecay);
        b.recipe(recipe());
        return b.build();
    }

    private TrainingRecipe recipe() {
        TrainingRecipe r = TrainingRecipe.parse(recipe);
        if (warmStart != null) r = r.withWarmStart(warmStart);
        if (identityWeight != null) r = r.withIdentityWeight(identityWeight);
        if (retentionWeight != null) r = r.withRetentionWeight(retentionWeight);
        if (balancedCycle != null) r = r.withBalancedCycle(balancedCycle);
        return r;
    }

    @Override
    public Integer call() throws Exception {
        CycleGanConfig c = UsageCheck.options(spec, this::config);
        UsageCheck.require(spec, snapshotEvery == null || snapshotEvery >= 1, "--snapshot-every needs a number of iterations ≥ 1, got " + snapshotEvery);
        Path dir = out != null ? out : Path.of("runs", String.format(Locale.ROOT, "%s2%s-%s-%s-%s", c.genreA(),
                c.genreB(), c.variant().id(), c.model().id(), c.network().id().replace(',', '-')));
        PrintWriter stdout = spec.commandLine().getOut();
        PhraseDataset dataset = training.readData();
        RunOptions options = RunOptions.in(dir).withResume(resume).withModels(export)
                .withCommand(training.commandLine())
                .withMaxDuration(maxMinutes == null ? null : Duration.ofMillis((long) (maxMinutes * 60_000)))
                .withListener(new ProgressReporter(line -> { stdout.println(line); stdout.flush(); }, Duration.ofSeconds(10)))
                .withListener(new MetricsLog(10))
                .withListener(new PeriodicCheckpointer(Duration.ofMillis((long) (checkpointMinutes * 60_000))));
        if (snapshotEvery != null) options = options.withListener(new SnapshotExporter(snapshotEvery, training.commandLine()));
        stdout.println("run directory: " + dir.toAbsolutePath());
        if (exportCheckpoint) {
            for (Path m : CycleGanTraining.exportCheckpoint(c, dataset, options)) stdout.println("model: " + m);
            return 0;
        }
        TrainingSummary summary = CycleGanTraining.run(c, dataset, options);
        for (Path m : summary.models()) stdout.println("model: " + m);
        return 0;
    }
}
