package io.genreshift.cli;

import com.google.gson.JsonParser;
import io.genreshift.core.corpus.DatasetFiles;
import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.core.corpus.PhraseSet;
import io.genreshift.core.corpus.Split;
import io.genreshift.core.roll.Phrase;
import io.genreshift.ml.io.ModelFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TrainCommandTest {
    @TempDir
    static Path data;

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();

    /** 16 training (one batch) and 4 test phrases per genre; each genre plays in its own pitch band. */
    @BeforeAll
    static void tinyCorpus() throws Exception {
        writeCorpus(data, 16);
    }

    /** {@code trainPhrases} training and 4 test phrases per genre, each phrase a song of its own. */
    private static void writeCorpus(Path folder, int trainPhrases) throws Exception {
        Random random = new Random(3);
        List<String> genres = List.of("jazz", "classic", "pop");
        Map<String, Map<Split, PhraseSet>> sets = new LinkedHashMap<>();
        for (int g = 0; g < genres.size(); g++) {
            Map<Split, PhraseSet> bySplit = new EnumMap<>(Split.class);
            for (Split split : Split.values()) {
                List<Phrase> phrases = new ArrayList<>();
                for (int i = 0; i < (split == Split.TRAIN ? trainPhrases : 4); i++) {
                    boolean[][] grid = new boolean[Phrase.STEPS][84];
                    for (int n = 0; n < 10; n++) grid[random.nextInt(Phrase.STEPS)][12 + 20 * g + random.nextInt(16)] = true;
                    phrases.add(Phrase.of(grid));
                }
                bySplit.put(split, PhraseSet.of(phrases));
            }
            sets.put(genres.get(g), bySplit);
        }
        DatasetFiles.write(new PhraseDataset(genres, sets, ""), folder);
    }

    @Test
    void trainsBothGeneratorsAndPlotsTheLosses() throws Exception {
        Path run = dir.resolve("run");
        int exit = cli.execute("train", "--data", data.toString(), "--pair", "jazz,pop", "--variant", "sn",
                "--config", "8,1,8", "--epochs", "2", "--out", run.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).contains("finished after 2 iterations");
        assertThat(Files.exists(run.resolve("checkpoint.bin"))).as("epoch-end checkpoint").isTrue();
        Path model = run.resolve("models/generator-jazz-to-pop-sn.params");
        try (var loaded = ModelFiles.load(model)) {
            assertThat(loaded.card().provenance().command()).startsWith("genreshift train --data");
        }

        Path png = dir.resolve("losses.png");
        assertThat(cli.execute("plot", "--log", run.resolve("metrics.jsonl").toString(), "-o", png.toString()))
                .as(cli.err()).isZero();
        assertThat(ImageIO.read(png.toFile()).getHeight()).isPositive();
    }

    @Test
    void theLearningRateDecaysAfterTheConstantEpochsAndNotBefore() throws Exception {
        // one metrics line per epoch end: epochs 0, 1, 2
        assertThat(loggedRates(trainThreeEpochs("decaying", 1))).containsExactly(2e-4, 2e-4, 1e-4);
        assertThat(loggedRates(trainThreeEpochs("constant", 3))).containsExactly(2e-4, 2e-4, 2e-4);
    }

    private Path trainThreeEpochs(String name, int constantRateEpochs) {
        Path run = dir.resolve(name);
        assertThat(cli.execute("train", "--data", data.toString(), "--pair", "jazz,pop", "--config", "8,1,8",
                "--epochs", "3", "--iterations-per-epoch", "1", "--constant-rate-epochs", String.valueOf(constantRateEpochs),
                "--out", run.toString())).as(cli.err()).isZero();
        return run;
    }

    private static List<Double> loggedRates(Path run) throws Exception {
        return Files.readAllLines(run.resolve("metrics.jsonl")).stream()
                .map(l -> JsonParser.parseString(l).getAsJsonObject().get("lr").getAsDouble())
                .map(r -> Math.round(r * 1e9) / 1e9).toList(); // logged as float
    }

    @Test
    void holdsValidationSongsOutAndKeepsASnapshotEveryNIterations() throws Exception {
        Path corpus = dir.resolve("corpus48");
        writeCorpus(corpus, 48);
        Path run = dir.resolve("run");
        // 48 songs per genre, 25 % held out: 36 to train on, 2 batches per epoch (3 with all 48); snapshots after steps 2 and 4
        assertThat(cli.execute("train", "--data", corpus.toString(), "--pair", "jazz,pop", "--config", "8,1,8",
                "--epochs", "2", "--validation-share", "0.25", "--snapshot-every", "2", "--out", run.toString()))
                .as(cli.err()).isZero();

        assertThat(cli.out()).contains("finished after 4 iterations");
        try (var dirs = Files.list(run.resolve("snapshots"))) {
            assertThat(dirs.map(p -> p.getFileName().toString()).sorted()).containsExactly("step-00002", "step-00004");
        }
        for (int step : new int[]{2, 4}) {
            Path snapshot = run.resolve(String.format("snapshots/step-%05d/generator-pop-to-jazz-base.params", step));
            try (var loaded = ModelFiles.load(snapshot)) {
                assertThat(loaded.card().provenance().finalMetrics()).containsEntry("checkpoint_step", (double) step)
                        .containsEntry("checkpoint_total_steps", 4.0);
            }
        }

        // the held-out share is part of the run's settings: a resume under another share is refused
        assertThat(cli.execute("train", "--data", corpus.toString(), "--pair", "jazz,pop", "--config", "8,1,8",
                "--epochs", "3", "--validation-share", "0.3", "--out", run.toString(), "--resume")).isEqualTo(1);
        assertThat(cli.err()).contains("validationShare");
    }

    @Test
    void refusesToOverwriteARunWithoutResume() {
        Path run = dir.resolve("run");
        String[] args = {"train", "--data", data.toString(), "--pair", "jazz,pop", "--config", "8,1,8",
                "--epochs", "1", "--iterations-per-epoch", "1", "--out", run.toString()};
        assertThat(cli.execute(args)).as(cli.err()).isZero();

        assertThat(cli.execute(args)).isEqualTo(1);
        assertThat(cli.err()).contains("--resume");
    }

    @Test
    void aDamagedCheckpointIsRefusedInOneLineAndThePreviousOneIsKeptAndResumes() throws Exception {
        Path run = dir.resolve("run");
        String[] first = {"train", "--data", data.toString(), "--pair", "jazz,pop", "--config", "8,1,8",
                "--epochs", "2", "--iterations-per-epoch", "1", "--out", run.toString()};
        assertThat(cli.execute(first)).as(cli.err()).isZero();
        Path checkpoint = run.resolve("checkpoint.bin");
        Path previous = run.resolve("checkpoint.bin.previous");
        byte[] previousBytes = Files.readAllBytes(previous);
        byte[] bytes = Files.readAllBytes(checkpoint);
        Files.write(checkpoint, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String[] resume = {"train", "--data", data.toString(), "--pair", "jazz,pop", "--config", "8,1,8",
                "--epochs", "3", "--iterations-per-epoch", "1", "--out", run.toString(), "--resume"};

        assertThat(cli.execute(resume)).isEqualTo(1);

        List<String> errors = cli.err().lines().filter(l -> l.contains("error: ")).toList();
        assertThat(errors).singleElement().satisfies(l -> assertThat(l).contains(checkpoint.toString()).contains("corrupt")
                .contains("checkpoint.bin.previous is intact: rename it to checkpoint.bin"));
        assertThat(cli.err()).doesNotContain("\tat ");
        assertThat(Files.readAllBytes(previous)).isEqualTo(previousBytes);

        Files.move(previous, checkpoint, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(cli.execute(resume)).as(cli.err()).isZero();
        assertThat(cli.out()).contains("finished after");
    }

    @Test
    void trainsAThreeGenreClassifierAndReportsAccuracyPerGenre() throws Exception {
        Path run = dir.resolve("classifier");
        Path library = dir.resolve("library");
        int exit = cli.execute("train-classifier", "--data", data.toString(), "--genres", "jazz,classic,pop",
                "--epochs", "1", "--out", run.toString(), "--export", library.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.out()).containsPattern("epoch 1/1 loss [0-9.]+ \\| jazz [0-9.]+% classic [0-9.]+% pop [0-9.]+%");
        assertThat(library.resolve("classifier-jazz-classic-pop.params")).exists();
        assertThat(run.resolve("last/classifier-jazz-classic-pop.params")).exists();
        try (var loaded = ModelFiles.load(library.resolve("classifier-jazz-classic-pop.params"))) {
            assertThat(loaded.card().provenance().command()).startsWith("genreshift train-classifier --data");
        }
    }

    @Test
    void plotExplainsAMissingLog() {
        assertThat(cli.execute("plot", "--log", dir.resolve("nope.jsonl").toString(),
                "-o", dir.resolve("x.png").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("no metrics log");
    }
}
