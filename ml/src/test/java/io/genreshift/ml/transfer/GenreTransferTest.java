package io.genreshift.ml.transfer;

import io.genreshift.core.model.MeterMap;
import io.genreshift.core.model.TimeSignature;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PhraseLayout;
import io.genreshift.core.roll.StepRange;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.ml.io.ModelCache;
import io.genreshift.ml.io.ModelLibraryFixtures;
import io.genreshift.ml.io.TransferDirection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GenreTransferTest {
    @TempDir
    static Path library;
    private static ModelCache models;

    /** Two and a half phrases with a melody on top of chords, and a silent second phrase. */
    private static final PianoRoll SONG = song();

    @BeforeAll
    static void untrainedModels() throws IOException {
        models = new ModelCache(ModelLibraryFixtures.create(library));
    }

    @AfterAll
    static void closeModels() {
        models.close();
    }

    private static PianoRoll song() {
        Random random = new Random(11);
        PianoRoll roll = PianoRoll.empty(2 * Phrase.STEPS + 40);
        for (int step = 0; step < roll.steps(); step++) {
            if (step >= Phrase.STEPS && step < 2 * Phrase.STEPS) continue;
            roll = roll.with(step, 50 + random.nextInt(20), true);
            if (step % 8 < 4) roll = roll.with(step, 30, true).with(step, 34, true).with(step, 37, true);
        }
        return roll;
    }

    @Test
    void keepMelodyKeepsEverySkylineNote() throws IOException {
        TransferResult result = new GenreTransfer(models).transfer(SONG,
                TransferRequest.to("jazz").withSource("classic").withKeepMelody(true), ProgressMonitor.NONE);

        int[] melody = Skyline.of(SONG);
        for (int step = 0; step < melody.length; step++) {
            if (melody[step] != Skyline.SILENT) assertThat(result.transfer().get(step, melody[step])).as("step %d", step).isTrue();
        }
    }

    @Test
    void rejudgingARollGivesTheTransfersOwnBeforeAndAfterProbabilities() throws IOException {
        GenreTransfer transfer = new GenreTransfer(models);
        TransferResult result = transfer.transfer(SONG, TransferRequest.to("jazz").withSource("classic"), ProgressMonitor.NONE);

        double[] before = transfer.targetProbabilities(SONG, "classic", "jazz");
        double[] after = transfer.targetProbabilities(result.transfer(), "classic", "jazz");

        assertThat(before).hasSize(result.phrases().size());
        for (PhraseOutcome o : result.phrases()) {
            if (o.silent()) {
                assertThat(before[o.index()]).as("silent phrase %d", o.index()).isNaN();
            } else {
                assertThat(before[o.index()]).as("phrase %d before", o.index()).isCloseTo(o.targetBefore(), within(1e-6));
                assertThat(after[o.index()]).as("phrase %d after", o.index()).isCloseTo(o.targetAfter(), within(1e-6));
            }
        }
        assertThat(transfer.targetProbabilities(PianoRoll.empty(Phrase.STEPS), "classic", "jazz")).containsOnly(Double.NaN);
    }

    @Test
    void theReportedContentChangeMatchesTheRolls() throws IOException {
        TransferResult result = new GenreTransfer(models).transfer(SONG,
                TransferRequest.to("pop").withSource("jazz"), ProgressMonitor.NONE);

        int added = 0;
        int removed = 0;
        for (int step = 0; step < SONG.steps(); step++) {
            for (int p = 0; p < PianoRoll.PITCHES; p++) {
                if (result.transfer().get(step, p) && !SONG.get(step, p)) added++;
                if (!result.transfer().get(step, p) && SONG.get(step, p)) removed++;
            }
        }
        assertThat(result.change().added()).isEqualTo(added);
        assertThat(result.change().removed()).isEqualTo(removed);
        assertThat(result.change().sourceCells()).isEqualTo(SONG.activeCells());
        assertThat(result.phrases().stream().mapToInt(o -> o.change().total()).sum()).isEqualTo(added + removed);
        assertThat(result.direction()).isEqualTo(new TransferDirection("jazz", "pop"));
        assertThat(List.of(result.transfer().steps(), result.cycle().steps())).containsOnly(SONG.steps());
    }

    @Test
    void silentPhrasesStaySilentAndHaveNoVerdict() throws IOException {
        TransferResult result = new GenreTransfer(models).transfer(SONG,
                TransferRequest.to("pop").withSource("classic"), ProgressMonitor.NONE);

        assertThat(result.phrases()).hasSize(3);
        PhraseOutcome silent = result.phrases().get(1);
        assertThat(silent.silent()).isTrue();
        assertThat(silent.targetBefore()).isNaN();
        assertThat(result.transfer().phrase(1).isEmpty()).isTrue();
        PhraseOutcome first = result.phrases().get(0);
        assertThat(first.targetBefore()).isBetween(0.0, 1.0);
        assertThat(first.targetAfter()).isBetween(0.0, 1.0);
    }

    @Test
    void autoDetectionPicksTheLikeliestOtherGenre() throws IOException {
        TransferResult result = new GenreTransfer(models).transfer(SONG, TransferRequest.to("jazz"), ProgressMonitor.NONE);

        GenreDetection detection = result.detection().orElseThrow();
        assertThat(detection.genre()).isNotEqualTo("jazz").isEqualTo(result.direction().from());
        assertThat(detection.probabilities().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-6));
        assertThat(detection.confidence()).isEqualTo(detection.probabilities().get(detection.genre()));
        String other = detection.genre().equals("classic") ? "pop" : "classic";
        assertThat(detection.confidence()).isGreaterThanOrEqualTo(detection.probabilities().get(other));
    }

    @Test
    void detectionWithoutATargetPicksTheLikeliestGenreOverall() throws IOException {
        GenreDetection detection = new GenreTransfer(models).detect(SONG);

        double best = detection.probabilities().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(detection.confidence()).isEqualTo(best);
        assertThat(detection.probabilities()).containsEntry(detection.genre(), best).containsOnlyKeys("classic", "jazz", "pop");
    }

    @Test
    void progressRisesToCompletionAndCancellingStopsTheJob() throws IOException {
        List<Double> fractions = new ArrayList<>();
        new GenreTransfer(models).transfer(SONG, TransferRequest.to("jazz").withSource("pop"), (f, stage) -> fractions.add(f));
        assertThat(fractions).isSorted().endsWith(1.0);

        List<String> stages = new ArrayList<>();
        ProgressMonitor cancelAfterFirstStage = new ProgressMonitor() {
            @Override
            public void update(double fraction, String stage) {
                stages.add(stage);
            }

            @Override
            public boolean isCancelled() {
                return !stages.isEmpty();
            }
        };
        assertThatThrownBy(() -> new GenreTransfer(models).transfer(SONG, TransferRequest.to("jazz").withSource("pop"), cancelAfterFirstStage))
                .isInstanceOf(CancellationException.class);
        assertThat(stages).hasSize(1);
    }

    @Test
    void phrasesFollowTheBarsAndASpanInAnotherMeterKeepsTheOriginal() throws IOException {
        // 4 bars of 4/4 (64 steps), 3 bars of 3/4 (36 steps), then 4/4 to the end, at 96 ticks per quarter.
        PianoRoll roll = PianoRoll.empty(64 + 36 + 80);
        for (int step = 0; step < roll.steps(); step++) roll = roll.with(step, 40 + step % 12, true).with(step, 60, step % 3 == 0);
        MeterMap meters = MeterMap.of(List.of(new TimeSignature(0, 4, 4), new TimeSignature(1536, 3, 4),
                new TimeSignature(2400, 4, 4)), 96, roll.steps() * 24L);
        PhraseLayout layout = PhraseLayout.of(meters, span -> span.meter().isDuple(), roll.steps(), PhraseLayout.Tail.PAD);

        TransferResult result = new GenreTransfer(models).transfer(roll, layout,
                TransferRequest.to("jazz").withSource("pop"), ProgressMonitor.NONE);

        assertThat(result.phrases()).extracting(PhraseOutcome::startStep).containsExactly(0, 100, 164);
        assertThat(result.untouched()).containsExactly(new StepRange(64, 100));
        for (int step = 64; step < 100; step++) {
            for (int p = 0; p < PianoRoll.PITCHES; p++) {
                assertThat(result.transfer().get(step, p)).as("step %d pitch %d", step, p).isEqualTo(roll.get(step, p));
            }
        }
        assertThat(result.transfer().steps()).isEqualTo(roll.steps());
    }

    @Test
    void aSongOnlyInOtherMetersIsRefusedWithAReason() {
        PianoRoll roll = PianoRoll.empty(48).with(3, 40, true);
        PhraseLayout waltz = PhraseLayout.of(MeterMap.of(List.of(new TimeSignature(0, 3, 4)), 96, 48 * 24L),
                span -> span.meter().isDuple(), roll.steps(), PhraseLayout.Tail.PAD);

        assertThatThrownBy(() -> new GenreTransfer(models).transfer(roll, waltz, TransferRequest.to("jazz").withSource("pop"), ProgressMonitor.NONE))
                .hasMessageContaining("4/4, 2/4 or 2/2");
    }

    @Test
    void aSongWithoutNotesIsRefusedWithAReason() {
        assertThatThrownBy(() -> new GenreTransfer(models).transfer(PianoRoll.empty(64), TransferRequest.to("jazz"), ProgressMonitor.NONE))
                .hasMessageContaining("nothing to transfer");
    }
}
