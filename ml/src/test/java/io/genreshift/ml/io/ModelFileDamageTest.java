package io.genreshift.ml.io;

import io.genreshift.ml.model.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reliability probe for damaged model files (docs/reliability.md): each kind of damage to one model of a complete
 * library gives one sentence naming the file, the problem and a remedy, and every other model still loads.
 */
class ModelFileDamageTest {
    private static final TransferDirection DAMAGED = new TransferDirection("classic", "jazz");
    private static final String WEIGHTS = "generator-classic-to-jazz-sn.params";
    private static final String SIDECAR = "generator-classic-to-jazz-sn.json";
    private static final String OTHER_WEIGHTS = "generator-jazz-to-classic-sn.params";
    private static final String OTHER_SIDECAR = "generator-jazz-to-classic-sn.json";

    @TempDir
    static Path pristine;

    @TempDir
    Path dir;

    private static int modelCount;

    @BeforeAll
    static void library() throws IOException {
        modelCount = ModelLibraryFixtures.create(pristine).models().size();
    }

    @BeforeEach
    void copy() throws IOException {
        try (Stream<Path> files = Files.list(pristine)) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
    }

    /** One line: "file: problem. remedy", naming the damaged file. */
    private static void assertOneClearSentence(ModelFileException e, String fileName, String problem) {
        assertThat(e.getMessage()).doesNotContain("\n").startsWith(e.file().toString()).contains(problem);
        assertThat(e.file().getFileName().toString()).isEqualTo(fileName);
        assertThat(e.remedy()).isNotBlank();
        assertThat(e.getMessage()).endsWith(e.remedy());
    }

    /** Every model except the damaged direction still loads and verifies. */
    private static void assertTheOthersStillLoad(ModelLibrary library) throws ModelFileException {
        int loaded = 0;
        for (StoredModel m : library.models()) {
            if (m.card().kind() == ModelKind.GENERATOR && m.card().direction().equals(DAMAGED)) continue;
            try (LoadedModel ignored = m.load()) {
                loaded++;
            }
        }
        assertThat(loaded).isEqualTo(modelCount - 1);
    }

    private ModelFileException loadingTheDamagedOneFails(ModelLibrary library) {
        StoredModel damaged = library.generator(DAMAGED, Variant.SN).orElseThrow();
        try (LoadedModel m = damaged.load()) {
            throw new AssertionError("the damaged model loaded: " + m);
        } catch (ModelFileException e) {
            return e;
        }
    }

    @Test
    void aFlippedByteInTheWeightsIsCaughtByTheChecksum() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(WEIGHTS));
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(dir.resolve(WEIGHTS), bytes);

        ModelLibrary library = ModelLibrary.open(dir);

        assertOneClearSentence(loadingTheDamagedOneFails(library), WEIGHTS, "the weights are corrupt or were replaced");
        assertTheOthersStillLoad(library);
    }

    @Test
    void truncatedWeightsAreCaughtByTheSize() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(WEIGHTS));
        Files.write(dir.resolve(WEIGHTS), Arrays.copyOf(bytes, bytes.length / 3));

        ModelLibrary library = ModelLibrary.open(dir);

        assertOneClearSentence(loadingTheDamagedOneFails(library), WEIGHTS, bytes.length / 3 + " bytes");
        assertTheOthersStillLoad(library);
    }

    @Test
    void weightsSwappedWithAnotherModelsAreCaughtByTheChecksum() throws IOException {
        Files.copy(dir.resolve(OTHER_WEIGHTS), dir.resolve(WEIGHTS), StandardCopyOption.REPLACE_EXISTING);

        ModelLibrary library = ModelLibrary.open(dir);

        assertOneClearSentence(loadingTheDamagedOneFails(library), WEIGHTS, "the weights are corrupt or were replaced");
        assertTheOthersStillLoad(library);
    }

    @Test
    void bothFilesSwappedWithAnotherModelsAreAProblemAtOpening() throws IOException {
        Files.copy(dir.resolve(OTHER_WEIGHTS), dir.resolve(WEIGHTS), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve(OTHER_SIDECAR), dir.resolve(SIDECAR), StandardCopyOption.REPLACE_EXISTING);

        ModelLibrary library = ModelLibrary.open(dir);

        assertThat(library.problems()).singleElement()
                .satisfies(e -> assertOneClearSentence(e, SIDECAR, "it describes the weights file '" + OTHER_WEIGHTS + "'"));
        // The foreign sidecar does not shadow the genuine jazz->classic model.
        assertThat(library.generator(DAMAGED.reversed(), Variant.SN).orElseThrow().weightsFile().getFileName())
                .hasToString(OTHER_WEIGHTS);
        assertThat(library.generator(DAMAGED, Variant.SN)).isEmpty();
        assertTheOthersStillLoad(library);
    }

    @Test
    void invalidSidecarJsonIsAProblemAtOpening() throws IOException {
        String json = Files.readString(dir.resolve(SIDECAR));
        Files.writeString(dir.resolve(SIDECAR), json.substring(0, json.length() / 2));

        ModelLibrary library = ModelLibrary.open(dir);

        assertThat(library.problems()).singleElement().satisfies(e -> assertOneClearSentence(e, SIDECAR, "not valid JSON"));
        assertThat(library.missing(List.of("classic", "jazz"), Variant.SN)).containsExactly("generator classic->jazz (sn)");
        assertTheOthersStillLoad(library);
    }

    @Test
    void aSidecarCutInsideAStringIsStillOneLine() throws IOException {
        // Gson adds a second line (a troubleshooting link) to this kind of syntax error.
        Files.writeString(dir.resolve(SIDECAR), "{\"format_version\": 1, \"model\": {\"genres\": [\"clas");

        ModelLibrary library = ModelLibrary.open(dir);

        assertThat(library.problems()).singleElement().satisfies(e -> assertOneClearSentence(e, SIDECAR, "not valid JSON"));
    }

    @Test
    void aSidecarWithWrongFieldsIsAProblemAtOpening() throws IOException {
        String json = Files.readString(dir.resolve(SIDECAR));
        Files.writeString(dir.resolve(SIDECAR), json.replaceFirst("\"bytes\": \\d+", "\"bytes\": \"lots\""));
        Files.writeString(dir.resolve(OTHER_SIDECAR), "{\"format_version\": 1, \"model\": {\"kind\": \"generator\"}}");

        ModelLibrary library = ModelLibrary.open(dir);

        assertThat(library.problems()).hasSize(2)
                .anySatisfy(e -> assertOneClearSentence(e, SIDECAR, "wrong types"))
                .anySatisfy(e -> assertOneClearSentence(e, OTHER_SIDECAR, "incomplete"));
        assertThat(library.models()).hasSize(modelCount - 2);
    }

    @Test
    void aSidecarForAnotherWeightsFileOrAnotherSizeIsRefusedAtLoading() throws IOException {
        // Valid JSON, right file name and fingerprint, but the network is described wider than the weights.
        String json = Files.readString(dir.resolve(SIDECAR), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(SIDECAR), json.replaceFirst("\"gen_width\": \\d+", "\"gen_width\": 16"));

        ModelLibrary library = ModelLibrary.open(dir);

        assertOneClearSentence(loadingTheDamagedOneFails(library), WEIGHTS, "has shape (8, 1, 7, 7) but");
        assertTheOthersStillLoad(library);
    }

    @Test
    void oneDirectionOfAPairMissingIsNamed() throws IOException {
        Files.delete(dir.resolve(WEIGHTS));

        ModelLibrary library = ModelLibrary.open(dir);

        assertThat(library.problems()).singleElement()
                .satisfies(e -> assertOneClearSentence(e, SIDECAR, "its weights file " + WEIGHTS + " is missing"));
        assertThat(library.missing(List.of("classic", "jazz"), Variant.SN)).containsExactly("generator classic->jazz (sn)");
        assertTheOthersStillLoad(library);
    }

    @Test
    void weightsWithoutTheirSidecarAreNamed() throws IOException {
        Files.delete(dir.resolve(SIDECAR));

        ModelLibrary library = ModelLibrary.open(dir);

        assertThat(library.problems()).singleElement()
                .satisfies(e -> assertOneClearSentence(e, WEIGHTS, "its sidecar " + SIDECAR + " is missing"));
        assertTheOthersStillLoad(library);
    }

    @Test
    void damageIsRefusedNotSilentlyUsedByTheCache() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve(WEIGHTS));
        bytes[100] ^= 0x01;
        Files.write(dir.resolve(WEIGHTS), bytes);

        try (ModelCache cache = new ModelCache(ModelLibrary.open(dir))) {
            assertThatThrownBy(() -> cache.generator(DAMAGED, Variant.SN)).isInstanceOf(ModelFileException.class)
                    .hasMessageContaining(WEIGHTS);
            assertThat(cache.generator(DAMAGED.reversed(), Variant.SN)).isNotNull();
        }
    }
}
