package io.genreshift.ml.io;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ModelLibraryTest {
    private static final TrainingProvenance TEST = TrainingProvenance.untrained("ModelLibraryTest");

    @TempDir
    Path dir;

    private void store(ModelCard card) throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(1).build();
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 64, 84));
            ModelFiles.saveInto(dir, block, card);
        }
    }

    @Test
    void findsModelsByTheirSidecarsAndReportsWhatIsMissing() throws IOException {
        TransferDirection classicToPop = new TransferDirection("classic", "pop");
        store(ModelCard.classifier(List.of("pop", "classic"), TEST));
        store(ModelCard.classifier(List.of("classic", "jazz", "pop"), TEST));
        store(ModelCard.generator(new NetworkConfig(8, 1, 8), Variant.SN, List.of("classic", "pop"), classicToPop, TEST));

        ModelLibrary library = ModelLibrary.open(dir);

        assertThat(library.classifier(List.of("classic", "pop"))).get()
                .extracting(m -> m.card().genres()).isEqualTo(List.of("pop", "classic"));
        assertThat(library.classifier(List.of("classic", "jazz"))).isEmpty();
        assertThat(library.genreDetector()).get().extracting(m -> m.card().genres().size()).isEqualTo(3);
        assertThat(library.generator(classicToPop, Variant.SN)).isPresent();
        assertThat(library.generator(classicToPop, Variant.BASE)).isEmpty();
        assertThat(library.generator(classicToPop.reversed(), Variant.SN)).isEmpty();
        assertThat(library.variants(classicToPop)).containsExactly(Variant.SN);
        assertThat(library.missing(List.of("classic", "pop"), Variant.SN)).containsExactly("generator pop->classic (sn)");
        assertThat(library.missing(List.of("classic", "jazz", "pop"), Variant.SN)).contains(
                "classifier classic/jazz", "generator jazz->classic (sn)", "generator pop->jazz (sn)")
                .doesNotContain("classifier classic/jazz/pop", "generator classic->pop (sn)");
        assertThat(library.problems()).isEmpty();
    }

    @Test
    void brokenSidecarsAreListedAsProblemsNotFatal() throws IOException {
        store(ModelCard.classifier(List.of("classic", "pop"), TEST));
        Files.writeString(dir.resolve("half-copied.json"), "{ \"format_version\": 1, ");
        Files.writeString(dir.resolve("half-copied.params"), "x");
        Files.writeString(dir.resolve("orphan.json"), "{}");

        ModelLibrary library = ModelLibrary.open(dir);

        assertThat(library.models()).hasSize(1);
        assertThat(library.problems()).extracting(ModelFileException::getMessage)
                .anySatisfy(m -> assertThat(m).contains("half-copied.json").contains("not valid JSON"))
                .anySatisfy(m -> assertThat(m).contains("orphan.json").contains("orphan.params is missing"));
    }

    @Test
    void aMissingFolderIsAnEmptyLibrary() throws IOException {
        ModelLibrary library = ModelLibrary.open(dir.resolve("nowhere"));

        assertThat(library.models()).isEmpty();
        assertThat(library.missing(List.of("jazz", "pop"), Variant.SN))
                .containsExactly("classifier jazz/pop", "generator jazz->pop (sn)", "generator pop->jazz (sn)");
    }
}
