package io.genreshift.ml.train;

import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.ml.io.LoadedModel;
import io.genreshift.ml.io.ModelFiles;
import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CycleGanTrainingTest {
    private static final NetworkConfig TINY = new NetworkConfig(8, 1, 8);
    private static final PhraseDataset CORPUS = TinyCorpus.of(List.of("jazz", "classic", "pop"), 24, 4, 5);

    @TempDir
    Path dir;

    private static CycleGanConfig.Builder tiny() {
        // The paper recipe unless a test says otherwise: most tests here are about the reference training loop.
        return CycleGanConfig.builder("jazz", "pop").network(TINY).batchSize(4).epochs(3).recipe(TrainingRecipe.PAPER);
    }

    private static List<StepLosses> steps(CycleGanSession s, int n) {
        List<StepLosses> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(s.step(s.config().schedule().rate(s.position().epoch())));
        return out;
    }

    private static double mean(List<StepLosses> l, java.util.function.ToDoubleFunction<StepLosses> f) {
        return l.stream().mapToDouble(f).average().orElseThrow();
    }

    @Test
    void aFewStepsLowerTheLosses() {
        CycleGanConfig c = tiny().learningRate(1e-3f).epochs(10).build();
        try (CycleGanSession s = CycleGanSession.start(c, CORPUS, dir)) {
            List<StepLosses> l = steps(s, 20);
            List<StepLosses> first = l.subList(0, 4);
            List<StepLosses> last = l.subList(16, 20);
            assertThat(mean(last, StepLosses::cycle)).isLessThan(0.7 * mean(first, StepLosses::cycle));
            assertThat(mean(last, StepLosses::generator)).isLessThan(mean(first, StepLosses::generator));
            assertThat(mean(last, StepLosses::discriminator)).isLessThan(mean(first, StepLosses::discriminator));
        }
    }

    @Test
    void aWarmStartFirstTeachesEachGeneratorToCopyItsInputThenHandsOverToTheCycleGanLosses() {
        CycleGanConfig c = tiny().learningRate(1e-3f).epochs(10).recipe(TrainingRecipe.PAPER.withWarmStart(12)).build();
        try (CycleGanSession s = CycleGanSession.start(c, CORPUS, dir)) {
            List<StepLosses> l = steps(s, 14);
            List<StepLosses> warm = l.subList(0, 12);
            assertThat(warm).allSatisfy(x -> {
                assertThat(x.cycle()).as("no cycle loss while warming up").isZero();
                assertThat(x.generatorAB()).as("no adversarial loss while warming up").isZero();
                assertThat(x.content()).as("the reconstruction loss is reported").isPositive();
                assertThat(x.discriminator()).as("the discriminators train meanwhile").isPositive();
            });
            assertThat(mean(warm.subList(8, 12), StepLosses::content))
                    .isLessThan(0.8 * mean(warm.subList(0, 4), StepLosses::content));
            assertThat(l.get(12).cycle()).isPositive();
            assertThat(l.get(12).generatorAB()).isPositive();
            assertThat(l.get(12).content()).as("the paper recipe has no content terms").isZero();
        }
    }

    @Test
    void theContentTermsJoinTheGeneratorLossWhenAsked() {
        CycleGanConfig c = tiny().recipe(TrainingRecipe.PAPER.withRetentionWeight(1f).withBalancedCycle(true)
                .withIdentityWeight(0.5f)).build();
        try (CycleGanSession s = CycleGanSession.start(c, CORPUS, dir)) {
            StepLosses l = steps(s, 1).get(0);
            assertThat(l.content()).isPositive();
            assertThat(l.generator()).isCloseTo(l.generatorAB() + l.generatorBA() + l.cycle() + l.content(),
                    org.assertj.core.api.Assertions.within(1e-4f));
            assertThat(l.densityAB()).isBetween(0f, 1f);
        }
    }

    @Test
    void aRunResumesOnTheSamePhrasesPreparedAgainButNotOnOtherPhrases() throws IOException {
        CycleGanConfig c = tiny().build();
        checkpointAfterOneStep(c);
        // Prepared again: same phrases, a report that differs (e.g. in its timing), hence another report hash.
        PhraseDataset again = new PhraseDataset(CORPUS.genres(), CORPUS.sets(), "another-report-hash");
        try (CycleGanSession s = CycleGanSession.resume(c, again, dir)) {
            assertThat(s.position().step()).isEqualTo(1);
        }
        PhraseDataset other = TinyCorpus.of(List.of("jazz", "classic", "pop"), 24, 4, 6);
        assertThatThrownBy(() -> CycleGanSession.resume(c, other, dir).close())
                .isInstanceOf(CheckpointException.class).hasMessageContaining("different training data");
    }

    @Test
    void checkpointsFromBeforeRecipesResumeAsThePaperRecipe() {
        com.google.gson.JsonObject old = new com.google.gson.JsonObject();
        old.addProperty("epochs", 3);
        com.google.gson.JsonObject upgraded = CycleGanSession.withDefaultsOfOlderFormats(old);
        assertThat(upgraded.get("recipe").getAsJsonObject().get("name").getAsString()).isEqualTo("paper");
        assertThat(upgraded.get("recipe").getAsJsonObject().get("warmStart").getAsInt()).isZero();
    }

    @Test
    void runsWithTheSameSeedAreIdentical() {
        CycleGanConfig c = tiny().variant(Variant.SN).model(CycleGanModel.PARTIAL).poolSize(2).build();
        List<StepLosses> a;
        List<StepLosses> b;
        try (CycleGanSession s = CycleGanSession.start(c, CORPUS, dir)) {
            a = steps(s, 4);
        }
        try (CycleGanSession s = CycleGanSession.start(c, CORPUS, dir)) {
            b = steps(s, 4);
        }
        assertThat(b).isEqualTo(a);
        try (CycleGanSession s = CycleGanSession.start(tiny().variant(Variant.SN).model(CycleGanModel.PARTIAL).poolSize(2)
                .seed(20).build(), CORPUS, dir)) {
            assertThat(steps(s, 4)).as("another seed gives another run").isNotEqualTo(a);
        }
    }

    @Test
    void aResumedRunMatchesAnUninterruptedOne() throws IOException {
        // partial + SN + a small pool: weights, both Adam states, the pool, the spectral-norm vectors and the random
        // stream all have to survive the checkpoint for the losses to match. 6 iterations per epoch, so the resume
        // happens mid-epoch and the run then crosses an epoch boundary.
        CycleGanConfig c = tiny().variant(Variant.SN).model(CycleGanModel.PARTIAL).poolSize(2).build();
        List<StepLosses> uninterrupted;
        try (CycleGanSession s = CycleGanSession.start(c, CORPUS, dir.resolve("a"))) {
            uninterrupted = steps(s, 9);
        }
        List<StepLosses> resumed;
        try (CycleGanSession s = CycleGanSession.start(c, CORPUS, dir.resolve("b"))) {
            resumed = new ArrayList<>(steps(s, 4));
            s.saveCheckpoint();
            steps(s, 2); // work lost to the "kill -9"
        }
        try (CycleGanSession s = CycleGanSession.resume(c, CORPUS, dir.resolve("b"))) {
            assertThat(s.position().step()).isEqualTo(4);
            resumed.addAll(steps(s, 5));
        }
        for (int i = 0; i < uninterrupted.size(); i++) {
            float[] expected = values(uninterrupted.get(i));
            float[] actual = values(resumed.get(i));
            for (int k = 0; k < expected.length; k++) {
                assertThat(actual[k]).as("step %d loss %d", i, k).isCloseTo(expected[k],
                        org.assertj.core.api.Assertions.within(1e-5f * Math.max(1, Math.abs(expected[k]))));
            }
        }
    }

    private void checkpointAfterOneStep(CycleGanConfig c) throws IOException {
        try (CycleGanSession s = CycleGanSession.start(c, CORPUS, dir)) {
            steps(s, 1);
            s.saveCheckpoint();
        }
    }

    private static float[] values(StepLosses l) {
        return new float[] {l.generatorAB(), l.generatorBA(), l.cycle(), l.generator(), l.discriminatorA(),
                l.discriminatorB(), l.discriminatorMixedA(), l.discriminatorMixedB(), l.discriminator()};
    }

    @Test
    void theMixedDiscriminatorsReachTheGeneratorsOnlyWhenAsked() {
        CycleGanConfig reference = tiny().model(CycleGanModel.PARTIAL).poolSize(2).build();
        CycleGanConfig intended = tiny().model(CycleGanModel.PARTIAL).poolSize(2).mixedGeneratorTerm(true).build();
        StepLosses withoutTerm;
        StepLosses withTerm;
        try (CycleGanSession s = CycleGanSession.start(reference, CORPUS, dir)) {
            withoutTerm = steps(s, 1).get(0);
        }
        try (CycleGanSession s = CycleGanSession.start(intended, CORPUS, dir)) {
            withTerm = steps(s, 1).get(0);
        }
        assertThat(withoutTerm.generatorMixed()).isZero();
        assertThat(withoutTerm.discriminatorMixedA()).as("D_A,m still trains").isPositive();
        assertThat(withTerm.generatorMixed()).isPositive();
        assertThat(withTerm.generator()).isCloseTo(withTerm.generatorAB() + withTerm.generatorBA() + withTerm.cycle()
                + withTerm.generatorMixed(), org.assertj.core.api.Assertions.within(1e-4f));
        // Same seed, same first forward pass: only the extra term differs.
        assertThat(withTerm.generatorAB()).isEqualTo(withoutTerm.generatorAB());
    }

    @Test
    void memoryStaysFlatOverManyIterations() {
        CycleGanConfig c = tiny().model(CycleGanModel.PARTIAL).poolSize(3).epochs(20).build();
        try (CycleGanSession s = CycleGanSession.start(c, CORPUS, dir)) {
            steps(s, 3); // optimizer moments are created lazily in the first step
            int live = s.liveArrays();
            steps(s, 15);
            assertThat(s.liveArrays()).isEqualTo(live);
        }
    }

    @Test
    void aCorruptCheckpointIsRejectedWithAClearMessage() throws IOException {
        CycleGanConfig c = tiny().build();
        checkpointAfterOneStep(c);
        Path file = dir.resolve(CycleGanSession.CHECKPOINT_FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1000] ^= 1;
        Files.write(file, bytes);
        assertThatThrownBy(() -> CycleGanTraining.run(c, CORPUS, RunOptions.in(dir).withResume(true)))
                .isInstanceOf(CheckpointException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("corrupt");
    }

    @Test
    void resumingUnderDifferentSettingsIsRefused() throws IOException {
        try (CycleGanSession s = CycleGanSession.start(tiny().build(), CORPUS, dir)) {
            s.saveCheckpoint();
        }
        assertThatThrownBy(() -> CycleGanSession.resume(tiny().sigmaD(0.5f).build(), CORPUS, dir))
                .isInstanceOf(CheckpointException.class)
                .hasMessageContaining("sigmaD");
    }

    @Test
    void startingOverAnExistingRunNeedsResume() throws IOException {
        try (CycleGanSession s = CycleGanSession.start(tiny().build(), CORPUS, dir)) {
            s.saveCheckpoint();
        }
        assertThatThrownBy(() -> CycleGanTraining.run(tiny().build(), CORPUS, RunOptions.in(dir)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--resume");
    }

    @Test
    void aCompleteRunLogsMetricsAndExportsLoadableGenerators() throws IOException {
        CycleGanConfig c = tiny().epochs(2).maxIterationsPerEpoch(2).build();
        List<Integer> epochsEnded = new ArrayList<>();
        TrainingSummary summary = CycleGanTraining.run(c, CORPUS, RunOptions.in(dir).withCommand("genreshift train x")
                .withListener(new MetricsLog(1))
                .withListener(new TrainingListener() {
                    @Override
                    public void onEpochEnd(TrainingRun run, int epoch) {
                        epochsEnded.add(epoch);
                    }
                }));
        assertThat(summary.completed()).isTrue();
        assertThat(summary.stepsThisRun()).isEqualTo(4);
        assertThat(epochsEnded).containsExactly(0, 1);
        assertThat(Files.readAllLines(dir.resolve(MetricsLog.FILE_NAME))).hasSize(4);
        assertThat(summary.models()).hasSize(2);
        try (LoadedModel m = ModelFiles.load(summary.models().get(0))) {
            assertThat(m.card().direction().from()).isEqualTo("jazz");
            assertThat(m.card().provenance().command()).isEqualTo("genreshift train x");
        }
        Path png = dir.resolve("losses.png");
        LossCurvePlot.write(dir.resolve(MetricsLog.FILE_NAME), png);
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isPositive();
    }

    @Test
    void aStoppedRunCanExportItsCheckpointMarkedAsUnfinished() throws IOException {
        CycleGanConfig c = tiny().epochs(2).maxIterationsPerEpoch(3).build();
        float[] expected;
        try (CycleGanSession s = CycleGanSession.start(c, CORPUS, dir)) {
            steps(s, 4);
            s.saveCheckpoint();
            expected = weights(s.networks().generatorAB);
        }
        List<Path> models = CycleGanTraining.exportCheckpoint(c, CORPUS, RunOptions.in(dir).withCommand("export"));
        assertThat(models).hasSize(2);
        try (LoadedModel m = ModelFiles.load(models.get(0))) {
            assertThat(m.card().provenance().finalMetrics()).containsEntry("checkpoint_step", 4.0)
                    .containsEntry("checkpoint_total_steps", 6.0);
            assertThat(weights(m.block())).as("the exported weights are the checkpoint's").containsExactly(expected);
        }
        assertThatThrownBy(() -> CycleGanTraining.exportCheckpoint(c, CORPUS, RunOptions.in(dir.resolve("none"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no checkpoint");
    }

    @Test
    void theWeightAverageIsWhatGetsExportedTrainsNothingAndSurvivesACheckpoint() throws IOException {
        // decay 0.5: after steps w1..w4 the average is w4/2 + w3/4 + w2/8 + w1/8, which no single step's weights are
        CycleGanConfig averaged = tiny().variant(Variant.SN).averageDecay(0.5f).build();
        List<StepLosses> plain;
        float[] trained;
        try (CycleGanSession s = CycleGanSession.start(tiny().variant(Variant.SN).build(), CORPUS, dir.resolve("plain"))) {
            plain = steps(s, 4);
            trained = weights(s.networks().generatorAB);
        }
        float[] exported;
        try (CycleGanSession s = CycleGanSession.start(averaged, CORPUS, dir.resolve("avg"))) {
            steps(s, 2);
            s.saveCheckpoint();
            steps(s, 1); // lost to a kill
        }
        try (CycleGanSession s = CycleGanSession.resume(averaged, CORPUS, dir.resolve("avg"))) {
            List<StepLosses> rest = steps(s, 2);
            assertThat(values(rest.get(1))).as("averaging does not change training").containsExactly(values(plain.get(3)));
            assertThat(weights(s.networks().generatorAB)).as("the networks keep training on their own weights").containsExactly(trained);
            Path model = s.exportGenerators(dir.resolve("avg-models"), "test").get(0);
            try (LoadedModel m = ModelFiles.load(model)) {
                exported = weights(m.block());
                assertThat(m.card().provenance().finalMetrics()).containsEntry("weight_average_decay", 0.5);
            }
            assertThat(weights(s.networks().generatorAB)).as("the trained weights are back after the export").containsExactly(trained);
        }
        // the same average computed from an uninterrupted run: the checkpoint kept the average exactly
        float[] expected;
        try (CycleGanSession s = CycleGanSession.start(averaged, CORPUS, dir.resolve("again"))) {
            steps(s, 4);
            try (LoadedModel m = ModelFiles.load(s.exportGenerators(dir.resolve("again-models"), "test").get(0))) {
                expected = weights(m.block());
            }
        }
        assertThat(exported).isNotEqualTo(trained).containsExactly(expected);
    }

    private static float[] weights(ai.djl.nn.Block block) {
        List<float[]> parts = new ArrayList<>();
        for (var p : block.getParameters()) {
            if (p.getValue().getType() != ai.djl.nn.Parameter.Type.OTHER) parts.add(p.getValue().getArray().toFloatArray());
        }
        float[] all = new float[parts.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (float[] a : parts) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        return all;
    }

    @Test
    void aFinishedRunCanBeExtendedWithMoreEpochs() throws IOException {
        CycleGanConfig two = tiny().epochs(2).maxIterationsPerEpoch(2).build();
        CycleGanConfig five = tiny().epochs(5).maxIterationsPerEpoch(2).build();
        try (CycleGanSession s = CycleGanSession.start(two, CORPUS, dir)) {
            steps(s, 4);
            assertThat(s.position().finished()).isTrue();
            s.saveCheckpoint();
        }
        try (CycleGanSession s = CycleGanSession.resume(five, CORPUS, dir)) {
            assertThat(s.position().step()).isEqualTo(4);
            assertThat(s.position().finished()).as("the longer schedule continues the run").isFalse();
            assertThat(steps(s, 6)).allMatch(StepLosses::allFinite);
            assertThat(s.position().finished()).isTrue();
            s.saveCheckpoint();
        }
        assertThatThrownBy(() -> CycleGanSession.resume(two, CORPUS, dir)).isInstanceOf(CheckpointException.class)
                .hasMessageContaining("past the 2 epochs").hasMessageContaining("--epochs 5");
    }
}
