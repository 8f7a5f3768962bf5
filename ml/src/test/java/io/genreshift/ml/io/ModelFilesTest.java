package io.genreshift.ml.io;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.nn.Parameter;
import io.genreshift.core.io.Sha256;
import io.genreshift.core.roll.Phrase;
import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelFilesTest {
    private static final ModelCard CARD = ModelCard.generator(new NetworkConfig(8, 1, 8), Variant.BASE, List.of("classic", "pop"),
            new TransferDirection("classic", "pop"),
            new TrainingProvenance("abc123", "genreshift train --pair classic,pop", Map.of("loss_g", 0.5)));

    @TempDir
    Path dir;

    /** A small stand-in network whose width the card's generator width sets, so cards can disagree with weights. */
    private static Block tinyNetwork(ModelCard card) {
        int width = card.network().genWidth();
        SequentialBlock block = new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(width).build())
                .add(Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(1).build());
        block.setInitializer(new NormalInitializer(0.5f), Parameter.Type.WEIGHT);
        return block;
    }

    private static float[] randomPhrases(int count, long seed) {
        Random random = new Random(seed);
        float[] x = new float[count * Phrase.CELLS];
        for (int i = 0; i < x.length; i++) x[i] = random.nextInt(10) == 0 ? 1f : 0f;
        return x;
    }

    /** A freshly initialised tiny generator saved with {@link #CARD}; only the files outlive the call. */
    private Path saveTrained() throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            Block block = tinyNetwork(CARD);
            block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 64, 84));
            return ModelFiles.saveInto(dir, block, CARD);
        }
    }

    @Test
    void saveThenLoadGivesIdenticalOutputsAndTheSameCard() throws IOException {
        float[] input = randomPhrases(3, 1);
        try (NDManager manager = NDManager.newBaseManager()) {
            Block original = tinyNetwork(CARD);
            original.initialize(manager, DataType.FLOAT32, new Shape(1, 1, 64, 84));
            Path file = ModelFiles.saveInto(dir, original, CARD);
            float[] before;
            try (LoadedModel inMemory = new LoadedModel(file, null, original, manager.newSubManager())) {
                before = inMemory.forward(input, 3);
            }
            try (LoadedModel loaded = ModelFiles.load(file, ModelKind.GENERATOR, ModelFilesTest::tinyNetwork)) {
                assertThat(loaded.forward(input, 3)).containsExactly(before);
                assertThat(loaded.card()).isEqualTo(CARD);
                assertThat(loaded.sidecar().weights().sha256()).isEqualTo(Sha256.hex(Files.readAllBytes(file)));
            }
        }
    }

    @Test
    void aFlippedByteInTheWeightsIsRejectedAsCorrupt() throws IOException {
        Path file = saveTrained();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] ^= 0x10;
        Files.write(file, bytes);

        assertThatThrownBy(() -> ModelFiles.load(file, ModelFilesTest::tinyNetwork))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("corrupt")
                .hasMessageContaining("re-train");
    }

    @Test
    void weightsThatDoNotFitTheSidecarsArchitectureAreRejected() throws IOException {
        Path file = saveTrained();
        // Same sidecar, but this build makes the described network wider than the stored one.
        NetworkFactory wider = card -> tinyNetwork(new ModelCard(card.kind(), new NetworkConfig(16, 1, 8), card.variant(), card.genres(),
                card.direction(), card.realGenre(), card.provenance(), card.createdAt()));

        assertThatThrownBy(() -> ModelFiles.load(file, wider))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("shape")
                .hasMessageContaining("generator classic->pop");
    }

    @Test
    void aSidecarOfAnotherModelIsRejected() throws IOException {
        Path file = saveTrained();
        Path renamed = dir.resolve("other.params");
        Files.move(file, renamed);
        Files.move(ModelFileNames.sidecarOf(file), ModelFileNames.sidecarOf(renamed));

        assertThatThrownBy(() -> ModelFiles.load(renamed, ModelFilesTest::tinyNetwork))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("describes the weights file '" + file.getFileName() + "'");
    }

    @Test
    void aMissingSidecarAndTheWrongKindAreExplained() throws IOException {
        Path file = saveTrained();
        assertThatThrownBy(() -> ModelFiles.load(file, ModelKind.CLASSIFIER, ModelFilesTest::tinyNetwork))
                .hasMessageContaining("not a classifier");

        Files.delete(ModelFileNames.sidecarOf(file));
        assertThatThrownBy(() -> ModelFiles.load(file, ModelFilesTest::tinyNetwork))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("sidecar")
                .hasMessageContaining("missing");
    }

    @Test
    void aNewerSidecarFormatOrAnIncompleteCardIsRejected() throws IOException {
        Path file = saveTrained();
        Path sidecar = ModelFileNames.sidecarOf(file);
        String json = Files.readString(sidecar);

        Files.writeString(sidecar, json.replace("\"format_version\": 1", "\"format_version\": 99"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ModelFiles.load(file, ModelFilesTest::tinyNetwork)).hasMessageContaining("version 99 is not supported");

        Files.writeString(sidecar, json.replace("\"direction\"", "\"no_direction\""), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ModelFiles.load(file, ModelFilesTest::tinyNetwork))
                .hasMessageContaining("incomplete")
                .hasMessageContaining("direction");

        Files.writeString(sidecar, json.replace("\"variant\": \"base\"", "\"variant\": \"huge\""), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ModelFiles.load(file, ModelFilesTest::tinyNetwork))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("unknown variant 'huge'");
    }
}
