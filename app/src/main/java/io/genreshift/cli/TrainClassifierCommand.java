package io.genreshift.cli;

import io.genreshift.ml.train.ClassifierConfig;
import io.genreshift.ml.train.ClassifierEpoch;
import io.genreshift.ml.train.ClassifierSummary;
import io.genreshift.ml.train.ClassifierTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code genreshift train-classifier}: trains a 2-genre (pair) or 3-genre (detection) classifier. */
@Command(name = "train-classifier", header = "Train a genre classifier (2 genres for a pair, 3 for detection).",
        description = {"Reports test accuracy per genre after each epoch and writes the best and the last weights "
                + "to --out/models."})
public final class TrainClassifierCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingRunOptions training;

    @Option(names = "--genres", required = true, paramLabel = "<g,g[,g]>", description = "Class order, e.g. jazz,pop or jazz,classic,pop.")
    String genres;

    @Option(names = "--out", paramLabel = "<dir>", description = "Output directory (default: runs/classifier-<genres>).")
    Path out;

    @Option(names = "--export", paramLabel = "<dir>", description = "Model folder for the best weights, e.g. assets/models (default: <out>/models).")
    Path export;

    @Option(names = "--seed", paramLabel = "<n>", description = "Random seed (default 19).")
    Long seed;

    @Option(names = "--sigma-c", paramLabel = "<σ>", description = "Gaussian noise σ on test inputs (default 0).")
    Float sigmaC;

    @Option(names = "--iterations-per-epoch", paramLabel = "<n>", description = "Cap on iterations per epoch, for smoke runs.")
    Integer iterationsPerEpoch;

    @Override
    public Integer call() throws Exception {
        List<String> classes = Arrays.stream(genres.split(",")).map(String::trim).toList();
        ClassifierConfig c = UsageCheck.options(spec, () -> {
            ClassifierConfig.Builder b = ClassifierConfig.builder(classes);
            if (training.epochs != null) b.epochs(training.epochs);
            if (seed != null) b.seed(seed);
            if (sigmaC != null) b.testNoiseSigma(sigmaC);
            if (iterationsPerEpoch != null) b.maxIterationsPerEpoch(iterationsPerEpoch);
            return b.build();
        });
        Path dir = out != null ? out : Path.of("runs", "classifier-" + String.join("-", classes));
        PrintWriter stdout = spec.commandLine().getOut();
        ClassifierSummary summary = ClassifierTraining.run(c, training.readData(), dir,
                export != null ? export : dir.resolve("models"), training.commandLine(), e -> {
            stdout.println(describe(e, c.epochs()));
            stdout.flush();
        });
        stdout.printf(Locale.ROOT, "best epoch %d: %.2f%% balanced test accuracy%nbest model: %s%nlast model: %s%n",
                summary.bestEpoch() + 1, 100 * summary.best().balancedAccuracy(), summary.bestModel(),
                summary.lastModel());
        return 0;
    }

    private static String describe(ClassifierEpoch e, int epochs) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "epoch %d/%d loss %.4f |", e.epoch() + 1,
                epochs, e.meanLoss()));
        for (Map.Entry<String, Double> a : e.testAccuracy().entrySet()) {
            s.append(String.format(Locale.ROOT, " %s %.2f%%", a.getKey(), 100 * a.getValue()));
        }
        s.append(String.format(Locale.ROOT, " | mean %.2f%%%s", 100 * e.balancedAccuracy(), e.best() ? " (best)" : ""));
        return s.toString();
    }
}
