package io.genreshift.ml.eval;

import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.core.corpus.PhraseSet;
import io.genreshift.core.corpus.Split;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.ml.io.ModelCache;
import io.genreshift.ml.io.ModelLibraryFixtures;
import io.genreshift.ml.model.Variant;
import io.genreshift.ml.transfer.GenreTransfer;
import io.genreshift.ml.transfer.ProgressMonitor;
import io.genreshift.ml.transfer.TransferRequest;
import io.genreshift.ml.transfer.TransferResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationTest {
    @TempDir
    Path dir;

    private static PhraseSet randomPhrases(int count, long seed) {
        Random random = new Random(seed);
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean[][] grid = new boolean[Phrase.STEPS][PianoRoll.PITCHES];
            for (int t = 0; t < Phrase.STEPS; t++) grid[t][30 + random.nextInt(40)] = true;
            phrases.add(Phrase.of(grid));
        }
        return PhraseSet.of(phrases);
    }

    @Test
    void evaluatesEveryTestPhraseAndAgreesWithTheTransferApi() throws IOException {
        PhraseSet classicTest = randomPhrases(7, 1); // two batches of 4
        PhraseSet popTest = randomPhrases(3, 2);
        PhraseDataset data = new PhraseDataset(List.of("classic", "pop"), Map.of(
                "classic", Map.of(Split.TRAIN, randomPhrases(1, 3), Split.TEST, classicTest),
                "pop", Map.of(Split.TRAIN, randomPhrases(1, 4), Split.TEST, popTest)), "");
        try (ModelCache models = new ModelCache(ModelLibraryFixtures.create(dir, List.of("classic", "pop"), Set.of(Variant.SN), 5))) {
            List<Double> progress = new ArrayList<>();
            EvaluationReport report = new Evaluation(models, 4).run(data, "test data", "classic", "pop", Variant.SN, (f, s) -> progress.add(f));

            assertThat(report.phrasesA()).isEqualTo(7);
            assertThat(report.phrasesB()).isEqualTo(3);
            assertThat(report.aToB().phrases()).isEqualTo(7);
            assertThat(progress).isSorted().endsWith(1.0);
            assertThat(report.models()).containsKeys("generator classic->pop (sn, 8,1,8)", "2-genre classifier classic/pop");

            // The same three pop phrases through the transfer API give the same total content change.
            PianoRoll song = PianoRoll.concat(List.of(popTest.get(0), popTest.get(1), popTest.get(2)));
            TransferResult transfer = new GenreTransfer(models).transfer(song,
                    TransferRequest.to("classic").withSource("pop").withVariant(Variant.SN), ProgressMonitor.NONE);
            double meanTotal = transfer.phrases().stream().mapToDouble(o -> o.change().totalRatio()).average().orElseThrow();
            assertThat(report.bToA().total().mean()).isCloseTo(meanTotal, org.assertj.core.api.Assertions.within(1e-9));
        }
    }
}
