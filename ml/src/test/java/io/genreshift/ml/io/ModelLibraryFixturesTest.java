package io.genreshift.ml.io;

import io.genreshift.core.roll.Phrase;
import io.genreshift.ml.model.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelLibraryFixturesTest {

    @TempDir
    Path dir;

    @Test
    void theFixtureIsACompleteLibraryOfVerifiedWorkingModels() throws IOException {
        ModelLibrary library = ModelLibraryFixtures.create(dir);

        assertThat(library.problems()).isEmpty();
        assertThat(library.missing(ModelLibraryFixtures.GENRES, Variant.SN)).isEmpty();
        float[] phrase = randomPhrase();
        try (ModelCache models = new ModelCache(library)) {
            float[] transfer = models.generator(new TransferDirection("jazz", "pop"), Variant.SN).forward(phrase, 1);
            assertThat(transfer).hasSize(Phrase.CELLS);
            for (float v : transfer) assertThat(v).isStrictlyBetween(0f, 1f);
            assertThat(models.classifier(List.of("pop", "jazz")).forward(phrase, 1)).hasSize(2);
            assertThat(models.genreDetector().forward(phrase, 1)).hasSize(3);
            assertThatThrownBy(() -> models.generator(new TransferDirection("jazz", "pop"), Variant.SA))
                    .isInstanceOf(MissingModelException.class)
                    .hasMessageContaining("no generator jazz->pop (sa) in " + dir)
                    .hasMessageContaining("--variant sn");
        }
    }

    @Test
    void aStoredRealGeneratorReloadsToIdenticalOutputs() throws IOException {
        ModelLibrary library = ModelLibraryFixtures.create(dir, List.of("classic", "pop"), java.util.Set.of(Variant.SN_SA), 7);
        StoredModel stored = library.generator(new TransferDirection("classic", "pop"), Variant.SN_SA).orElseThrow();
        float[] phrases = new float[2 * Phrase.CELLS];
        System.arraycopy(randomPhrase(), 0, phrases, 0, Phrase.CELLS);

        float[] first;
        try (LoadedModel model = stored.load()) {
            first = model.forward(phrases, 2);
        }
        try (LoadedModel again = ModelFiles.load(stored.weightsFile())) {
            assertThat(again.forward(phrases, 2)).containsExactly(first);
            assertThat(again.card()).isEqualTo(stored.card());
        }
    }

    @Test
    void aSpectrallyNormalizedGeneratorGivesTheSameOutputEveryTime() throws IOException {
        ModelLibrary library = ModelLibraryFixtures.create(dir, List.of("classic", "pop"), java.util.Set.of(Variant.SN), 9);
        float[] phrase = randomPhrase();
        try (LoadedModel generator = library.generator(new TransferDirection("pop", "classic"), Variant.SN).orElseThrow().load()) {
            float[] first = generator.forward(phrase, 1);
            // Each pass runs a power iteration on u; the stored u is restored first, so passes do not drift.
            for (int i = 0; i < 3; i++) assertThat(generator.forward(phrase, 1)).containsExactly(first);
        }
    }

    private static float[] randomPhrase() {
        Random random = new Random(3);
        float[] x = new float[Phrase.CELLS];
        for (int i = 0; i < x.length; i++) x[i] = random.nextInt(12) == 0 ? 1f : 0f;
        return x;
    }
}
