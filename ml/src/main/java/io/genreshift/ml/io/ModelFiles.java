package io.genreshift.ml.io;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import io.genreshift.core.io.AtomicFiles;
import io.genreshift.core.io.Sha256;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.ml.engine.MxNetBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Saves and loads networks as a DJL parameters file plus a JSON sidecar ({@link ModelSidecar}).
 *
 * <p>Saving writes both files atomically, weights first: a crash in between leaves a sidecar whose fingerprint no
 * longer matches, which loading reports, rather than a silently mixed model. Loading verifies, in this order, that
 * both files exist, the sidecar is complete and of a supported version, it describes this weights file, the weights'
 * size and SHA-256 match, the kind is the expected one, and the weights have exactly the shapes of the architecture the
 * sidecar describes. Every failure is a {@link ModelFileException} that names the file and what to do.
 */
public final class ModelFiles {
    private static final Logger LOG = LoggerFactory.getLogger(ModelFiles.class);
    private static final String DTYPE = "float32";

    private ModelFiles() {
    }

    /**
     * Writes {@code block}'s parameters to {@code weightsFile} and the sidecar next to it.
     *
     * @param block an initialized network
     * @return the sidecar as written
     */
    public static ModelSidecar save(Path weightsFile, Block block, ModelCard card) throws IOException {
        if (!weightsFile.getFileName().toString().endsWith(ModelFileNames.WEIGHTS_SUFFIX)) {
            throw new IllegalArgumentException("a weights file name must end in " + ModelFileNames.WEIGHTS_SUFFIX + ": " + weightsFile);
        }
        if (!block.isInitialized()) throw new IllegalStateException("cannot save the " + card.describe() + ": its block is not initialized");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            block.saveParameters(out);
        }
        byte[] weights = buffer.toByteArray();
        ModelSidecar sidecar = new ModelSidecar(ModelSidecar.FORMAT_VERSION, card,
                new WeightsInfo(weightsFile.getFileName().toString(), weights.length, Sha256.hex(weights), DTYPE));
        AtomicFiles.writeBytes(weightsFile, weights);
        AtomicFiles.writeString(ModelFileNames.sidecarOf(weightsFile), sidecar.toJson());
        LOG.info("Saved the {} to {} ({} bytes)", card.describe(), weightsFile, weights.length);
        return sidecar;
    }

    /** Saves into {@code folder} under the library's file name for the card ({@link ModelFileNames}); returns the weights file. */
    public static Path saveInto(Path folder, Block block, ModelCard card) throws IOException {
        Path file = folder.resolve(ModelFileNames.weightsFileName(card));
        save(file, block, card);
        return file;
    }

    /** Reads and checks the sidecar of {@code weightsFile}, without touching the weights. */
    public static ModelSidecar readSidecar(Path weightsFile) throws ModelFileException {
        Path sidecarFile = ModelFileNames.sidecarOf(weightsFile);
        String json;
        try {
            json = Files.readString(sidecarFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(weightsFile, "its sidecar " + sidecarFile.getFileName() + " is missing, so the architecture is unknown",
                    "Keep each .params file together with the .json file of the same name that training wrote");
        } catch (IOException e) {
            throw new ModelFileException(sidecarFile, "cannot read the sidecar (" + e.getMessage() + ")", "Check the file's permissions", e);
        }
        try {
            return ModelSidecar.parse(json);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(sidecarFile, e.getMessage(),
                    "Restore the sidecar from where the model came from, or re-train the model", e);
        }
    }

    /** Loads and verifies a model of any kind, built with the project's networks. */
    public static LoadedModel load(Path weightsFile) throws ModelFileException {
        return load(weightsFile, null, NetworkFactory.standard());
    }

    /** Loads and verifies a model of any kind. */
    public static LoadedModel load(Path weightsFile, NetworkFactory factory) throws ModelFileException {
        return load(weightsFile, null, factory);
    }

    /**
     * Loads and verifies a model.
     *
     * @param expectedKind the kind the caller needs, or {@code null} for any
     */
    public static LoadedModel load(Path weightsFile, ModelKind expectedKind, NetworkFactory factory) throws ModelFileException {
        if (!Files.isRegularFile(weightsFile)) {
            throw new ModelFileException(weightsFile, "the weights file does not exist",
                    "Check the path, or train the model first (genreshift train / train-classifier)");
        }
        ModelSidecar sidecar = readSidecar(weightsFile);
        ModelCard card = sidecar.model();
        byte[] weights = readWeights(weightsFile, sidecar.weights());
        if (expectedKind != null && card.kind() != expectedKind) {
            throw new ModelFileException(weightsFile, "it is a " + card.describe() + ", not a " + expectedKind.id(),
                    "Pass a " + expectedKind.id() + " model");
        }
        Block block;
        try {
            block = factory.create(card);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(weightsFile, "the sidecar describes a network this version cannot build (" + e.getMessage() + ")",
                    "Use a GenreShift version that matches the model, or re-train it", e);
        }
        NDManager manager = NDManager.newBaseManager(MxNetBackend.device());
        try {
            loadInto(weightsFile, block, weights, manager, card);
            LOG.info("Loaded the {} from {} on {}", card.describe(), weightsFile, manager.getDevice());
            return new LoadedModel(weightsFile, sidecar, block, manager);
        } catch (ModelFileException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    private static byte[] readWeights(Path weightsFile, WeightsInfo expected) throws ModelFileException {
        String name = weightsFile.getFileName().toString();
        if (!expected.file().equals(name)) {
            throw new ModelFileException(weightsFile, "its sidecar describes the weights file '" + expected.file() + "', not this one",
                    "Keep each model's .params and .json files together under the names training gave them");
        }
        if (!DTYPE.equals(expected.dtype())) {
            throw new ModelFileException(weightsFile, "weights stored as " + expected.dtype() + " are not supported (only " + DTYPE + ")",
                    "Use a GenreShift version that matches the model");
        }
        byte[] weights;
        try {
            weights = Files.readAllBytes(weightsFile);
        } catch (IOException e) {
            throw new ModelFileException(weightsFile, "cannot read the weights (" + e.getMessage() + ")", "Check the file's permissions", e);
        }
        String actual = Sha256.hex(weights);
        if (weights.length != expected.bytes() || !actual.equals(expected.sha256())) {
            throw new ModelFileException(weightsFile, "the weights are corrupt or were replaced: " + weights.length + " bytes with SHA-256 "
                    + actual + ", but the sidecar expects " + expected.bytes() + " bytes with SHA-256 " + expected.sha256(),
                    "Copy the model again from its source or re-train it");
        }
        return weights;
    }

    /** Initializes {@code block} for one phrase, then overwrites its parameters, checking every shape. */
    private static void loadInto(Path weightsFile, Block block, byte[] weights, NDManager manager, ModelCard card)
            throws ModelFileException {
        block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, Phrase.STEPS, PianoRoll.PITCHES));
        Map<String, Shape> expected = parameterShapes(block);
        ByteArrayInputStream bytes = new ByteArrayInputStream(weights);
        try (DataInputStream in = new DataInputStream(bytes)) {
            block.loadParameters(manager, in);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            throw new ModelFileException(weightsFile, "the weights do not fit the " + card.describe() + " the sidecar describes ("
                    + e.getMessage() + ")", "Make sure the sidecar belongs to these weights, or re-train the model", e);
        }
        if (bytes.available() > 0) {
            throw new ModelFileException(weightsFile, bytes.available() + " bytes of weights are left over after loading the "
                    + card.describe() + ", so they belong to a larger network", "Make sure the sidecar belongs to these weights");
        }
        Map<String, Shape> loaded = parameterShapes(block);
        for (Map.Entry<String, Shape> e : expected.entrySet()) {
            Shape got = loaded.get(e.getKey());
            if (!e.getValue().equals(got)) {
                throw new ModelFileException(weightsFile, "parameter " + e.getKey() + " has shape " + got + " but the " + card.describe()
                        + " needs " + e.getValue(), "Make sure the sidecar belongs to these weights, or re-train the model");
            }
        }
    }

    private static Map<String, Shape> parameterShapes(Block block) {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            shapes.put(p.getKey(), p.getValue().isInitialized() ? p.getValue().getArray().getShape() : null);
        }
        return shapes;
    }
}
