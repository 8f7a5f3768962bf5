package io.genreshift.ml.train;

import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The child process of {@link TrainingKillTest}: trains a tiny CycleGAN in a run folder, resuming when the folder holds a
 * checkpoint, and prints {@code STEP n} after each step's listeners, {@code PAUSED phase n} when it stops inside
 * checkpoint write {@code n} to be killed there, and {@code DONE} at the end.
 *
 * <p>Arguments: run folder, models folder, and optionally a {@link CheckpointFile.WritePhase} and the number (from 1,
 * in this process) of the checkpoint write to pause in.
 */
public final class KillableTrainingRun {
    static final NetworkConfig TINY = new NetworkConfig(8, 1, 8);
    static final PhraseDataset CORPUS = TinyCorpus.of(List.of("jazz", "classic", "pop"), 24, 4, 5);
    /** Besides each epoch end (every 6 steps): so some kills lose several steps and some lose none. */
    static final int CHECKPOINT_EVERY = 4;

    private KillableTrainingRun() {
    }

    static CycleGanConfig config() {
        // partial + SN + an image pool: the most state a checkpoint has to carry (as in aResumedRunMatchesAnUninterruptedOne).
        return CycleGanConfig.builder("jazz", "pop").network(TINY).batchSize(4).epochs(3).recipe(TrainingRecipe.PAPER)
                .variant(Variant.SN).model(CycleGanModel.PARTIAL).poolSize(2).build();
    }

    public static void main(String[] args) throws Exception {
        Path run = Path.of(args[0]);
        Path models = Path.of(args[1]);
        if (args.length > 2) pauseIn(CheckpointFile.WritePhase.valueOf(args[2]), Integer.parseInt(args[3]));
        boolean resume = Files.exists(run.resolve(CycleGanSession.CHECKPOINT_FILE));
        TrainingSummary summary = CycleGanTraining.run(config(), CORPUS, RunOptions.in(run).withResume(resume).withModels(models)
                .withCommand("KillableTrainingRun")
                .withListener(new MetricsLog(1))
                .withListener(new PeriodicCheckpointer(Duration.ofDays(1)))
                .withListener(new TrainingListener() {
                    @Override
                    public void onStep(TrainingRun r, TrainingPosition position, StepLosses losses, float learningRate) {
                        if (position.step() % CHECKPOINT_EVERY == 0) {
                            try {
                                r.saveCheckpoint();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                        System.out.println("STEP " + position.step());
                        System.out.flush();
                    }
                }));
        System.out.println((summary.completed() ? "DONE " : "STOPPED ") + summary.position().step());
        System.out.flush();
    }

    private static void pauseIn(CheckpointFile.WritePhase phase, int write) {
        int[] writes = {0};
        CheckpointFile.observer = (reached, file) -> {
            if (reached == CheckpointFile.WritePhase.SECTIONS_HALF_WRITTEN) writes[0]++;
            if (reached == phase && writes[0] == write) {
                System.out.println("PAUSED " + phase + " " + write);
                System.out.flush();
                try {
                    Thread.sleep(120_000); // the test kills the process here
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
