package io.genreshift.ml.io;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import io.genreshift.core.roll.Phrase;
import io.genreshift.core.roll.PianoRoll;
import io.genreshift.ml.engine.MxNetBackend;
import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A complete but untrained model library in a folder, for tests and demos of code that needs models (the app's UI
 * tests, CLI tests): every pair classifier, the genre detector and both generators of every pair, with random
 * weights from a seed and the {@link #TINY} network size, so it is made in about a second. The outputs are noise
 * but have the right shapes, and every file passes the same verification as a trained model.
 *
 * <pre>{@code
 * @TempDir Path dir;
 * ModelLibrary library = ModelLibraryFixtures.create(dir);   // classic, jazz, pop; variant sn
 * }</pre>
 */
public final class ModelLibraryFixtures {
    /** The smallest network the design allows: G width 8, one residual block, D width 8. */
    public static final NetworkConfig TINY = new NetworkConfig(8, 1, 8);
    public static final List<String> GENRES = List.of("classic", "jazz", "pop");

    private ModelLibraryFixtures() {
    }

    /** Classic, jazz and pop with {@link Variant#SN} generators, seed 42. */
    public static ModelLibrary create(Path folder) throws IOException {
        return create(folder, GENRES, Set.of(Variant.SN), 42);
    }

    /**
     * Writes random-weight models into {@code folder} and opens it as a library.
     *
     * @param genres   genre names; with three or more, a genre detector over all of them is added
     * @param variants the generator variants to make for each direction
     * @param seed     the engine's random seed, so the same call makes the same weights
     */
    public static ModelLibrary create(Path folder, List<String> genres, Set<Variant> variants, long seed) throws IOException {
        return create(folder, genres, variants, TINY, seed);
    }

    /** As {@link #create(Path, List, Set, long)} with generators of another size, e.g. to time the real sizes. */
    public static ModelLibrary create(Path folder, List<String> genres, Set<Variant> variants, NetworkConfig size, long seed)
            throws IOException {
        Engine.getInstance().setRandomSeed((int) seed);
        TrainingProvenance provenance = TrainingProvenance.untrained("ModelLibraryFixtures: random weights, seed " + seed);
        try (NDManager manager = NDManager.newBaseManager(MxNetBackend.device())) {
            for (int i = 0; i < genres.size(); i++) {
                for (int j = i + 1; j < genres.size(); j++) {
                    List<String> pair = List.of(genres.get(i), genres.get(j));
                    write(folder, manager, ModelCard.classifier(pair, provenance));
                    for (Variant variant : variants) {
                        TransferDirection d = new TransferDirection(pair.get(0), pair.get(1));
                        write(folder, manager, ModelCard.generator(size, variant, pair, d, provenance));
                        write(folder, manager, ModelCard.generator(size, variant, pair, d.reversed(), provenance));
                    }
                }
            }
            if (genres.size() >= 3) write(folder, manager, ModelCard.classifier(genres, provenance));
        }
        return ModelLibrary.open(folder);
    }

    private static void write(Path folder, NDManager manager, ModelCard card) throws IOException {
        Block block = NetworkFactory.standard().create(card);
        block.initialize(manager, DataType.FLOAT32, new Shape(1, 1, Phrase.STEPS, PianoRoll.PITCHES));
        ModelFiles.saveInto(folder, block, card);
    }
}
