package io.genreshift.ml.train;

import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.genreshift.core.corpus.PhraseDataset;
import io.genreshift.core.corpus.Split;
import io.genreshift.core.roll.Phrase;
import io.genreshift.ml.engine.MxNetBackend;
import io.genreshift.ml.model.CycleGanLosses;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one CycleGAN training run and its iteration (spec §7.3): networks, the two optimizers, the image pool,
 * the random stream and the position. Everything here is saved by {@link #saveCheckpoint()} and restored by
 * {@link #resume}, so a resumed run continues with exactly the numbers an uninterrupted one would have used.
 *
 * <p>Tensors: B = batch, 1 channel, T = 64 time steps, P = 84 pitches; images are (B, 1, T, P), patch outputs
 * (B, 1, 16, 21).
 */
final class CycleGanSession implements TrainingRun, AutoCloseable {
    static final String CHECKPOINT_FILE = "checkpoint.bin";
    private static final int FORMAT = 1;
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private final CycleGanConfig config;
    private final Path directory;
    private final PhraseSource sourceA;
    private final PhraseSource sourceB;
    private final PhraseSource sourceMixed;
    private final JsonObject dataIdentity;
    private final NDManager root;
    private final CycleGanNetworks networks;
    private final AdamOptimizer generatorOptimizer;
    private final AdamOptimizer discriminatorOptimizer;
    private final WeightAverage average; // null unless the config asks for one
    private final Shape imageShape;
    private final float[] batchA;
    private final float[] batchB;
    private final float[] batchMixed;
    private final float[] noise;
    private ImagePool pool;
    private TrainingRandom random;
    private TrainingPosition position;
    private EpochOrder order;

    private CycleGanSession(CycleGanConfig config, PhraseDataset allData, Path directory) {
        this.config = config;
        this.directory = directory;
        PhraseDataset data = config.validationHoldout().map(h -> h.apply(allData)).orElse(allData);
        this.sourceA = new PhraseSource(List.of(data.phrases(config.genreA(), Split.TRAIN)));
        this.sourceB = new PhraseSource(List.of(data.phrases(config.genreB(), Split.TRAIN)));
        this.sourceMixed = mixedSource(config, data);
        int batch = config.batchSize();
        int iterations = Math.min(sourceA.size(), sourceB.size()) / batch;
        if (iterations == 0) {
            throw new IllegalArgumentException("training needs at least " + batch + " phrases per genre; "
                    + config.genreA() + " has " + sourceA.size() + ", " + config.genreB() + " has " + sourceB.size());
        }
        if (config.maxIterationsPerEpoch() > 0) iterations = Math.min(iterations, config.maxIterationsPerEpoch());
        this.position = TrainingPosition.start(iterations, config.epochs());
        this.dataIdentity = new JsonObject();
        dataIdentity.addProperty("reportSha256", data.reportSha256());
        dataIdentity.addProperty("phrasesA", sourceA.size());
        dataIdentity.addProperty("phrasesB", sourceB.size());
        dataIdentity.addProperty("phrasesMixed", sourceMixed == null ? 0 : sourceMixed.size());
        // The report's hash changes whenever the report's wording or timing does; this one only with the phrases.
        dataIdentity.addProperty(PHRASES_SHA, sourceA.sha256() + sourceB.sha256()
                + (sourceMixed == null ? "" : sourceMixed.sha256()));

        this.root = NDManager.newBaseManager(MxNetBackend.device());
        this.networks = CycleGanNetworks.create(config, root);
        this.generatorOptimizer = new AdamOptimizer(networks.generators(), config.beta1(), config.beta2(),
                config.epsilon(), root);
        this.discriminatorOptimizer = new AdamOptimizer(networks.discriminators(), config.beta1(), config.beta2(),
                config.epsilon(), root);
        this.average = config.averageDecay() > 0 ? new WeightAverage(networks.generators(), config.averageDecay(), root) : null;
        this.imageShape = new Shape(batch, 1, Phrase.STEPS, Phrase.CELLS / Phrase.STEPS);
        this.batchA = new float[batch * Phrase.CELLS];
        this.batchB = new float[batch * Phrase.CELLS];
        this.batchMixed = sourceMixed == null ? null : new float[batch * Phrase.CELLS];
        this.noise = new float[batch * Phrase.CELLS];
        this.pool = new ImagePool(config.model().usesImagePool() ? config.poolSize() : 0);
        this.random = TrainingRandom.seeded(config.seed());
    }

    /** A fresh run with weights drawn from the config's seed. */
    static CycleGanSession start(CycleGanConfig config, PhraseDataset data, Path directory) {
        return new CycleGanSession(config, data, directory);
    }

    /** Continues the run whose checkpoint is in {@code directory}. */
    static CycleGanSession resume(CycleGanConfig config, PhraseDataset data, Path directory) throws IOException {
        CycleGanSession s = new CycleGanSession(config, data, directory);
        try {
            s.restore(directory.resolve(CHECKPOINT_FILE));
            return s;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static PhraseSource mixedSource(CycleGanConfig c, PhraseDataset data) {
        return switch (c.model()) {
            case BASE -> null;
            case PARTIAL -> new PhraseSource(List.of(data.phrases(c.genreA(), Split.TRAIN),
                    data.phrases(c.genreB(), Split.TRAIN)));
            case FULL -> {
                if (data.genres().size() < 3) {
                    throw new IllegalArgumentException("the full model mixes all genres of the corpus, but it has only "
                            + data.genres() + "; use a corpus prepared with all three genres, or --model partial");
                }
                yield new PhraseSource(data.genres().stream().map(g -> data.phrases(g, Split.TRAIN)).toList());
            }
        };
    }

    @Override
    public CycleGanConfig config() {
        return config;
    }

    @Override
    public TrainingPosition position() {
        return position;
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public List<Path> exportGenerators(Path folder, String command) throws IOException {
        Map<String, Double> progress = new LinkedHashMap<>();
        progress.put("checkpoint_step", (double) position.step());
        progress.put("checkpoint_total_steps", (double) position.totalSteps());
        progress.put("checkpoint_learning_rate", (double) config.schedule().rate(Math.min(position.epoch(),
                position.epochs() - 1)));
        return export(folder, command, null, progress);
    }

    /** Both generators as model files: their weight average when the config keeps one, else the trained weights. */
    List<Path> export(Path folder, String command, StepLosses finalLosses, Map<String, Double> extra) throws IOException {
        Map<String, Double> metrics = new LinkedHashMap<>(extra);
        if (average != null) metrics.put("weight_average_decay", (double) config.averageDecay());
        WeightAverage.IoAction<List<Path>> write = () -> ModelExport.exportGenerators(this, folder, dataSha256(), command,
                finalLosses, metrics);
        return average == null ? write.run() : average.withAveragedWeights(write);
    }

    String dataSha256() {
        return dataIdentity.get("reportSha256").getAsString();
    }

    CycleGanNetworks networks() {
        return networks;
    }

    @Override
    public int liveArrays() {
        return root.getManagedArrays().size();
    }

    /** Runs the iteration at {@link #position()} with learning rate {@code rate} and advances the position. */
    StepLosses step(float rate) {
        if (position.finished()) throw new IllegalStateException("the run has finished all " + config.epochs() + " epochs");
        int b = config.batchSize();
        // 1. Unpaired batches from independently shuffled lists (the order of each epoch follows from the seed).
        if (order == null || order.epoch() != position.epoch()) order = EpochOrder.of(config.seed(), position.epoch(),
                sourceA.size(), sourceB.size(), sourceMixed == null ? 0 : sourceMixed.size());
        int from = position.iteration() * b;
        sourceA.writeBatch(order.a(), from, b, batchA);
        sourceB.writeBatch(order.b(), from, b, batchB);
        if (sourceMixed != null) sourceMixed.writeBatch(order.mixed(), from, b, batchMixed);
        // 2. One half-normal noise draw, shared by every discriminator input of this iteration (spec §7.4).
        drawNoise();
        // Every array of the iteration lives in this sub-manager and is freed when it closes.
        try (NDManager step = root.newSubManager()) {
            ParameterStore ps = new ParameterStore(step, false);
            NDArray realA = step.create(batchA, imageShape);
            NDArray realB = step.create(batchB, imageShape);
            NDArray n = config.sigmaD() > 0 ? step.create(noise, imageShape) : null;
            GeneratorLosses g = generatorStep(ps, realA, realB, n, rate);
            // 4. Partial/full: the discriminators see a batch from the pool instead of always the newest fakes.
            FakePair used = pool.query(g.fakes(), random);
            NDArray fakeA = step.create(used.fakeA(), imageShape);
            NDArray fakeB = step.create(used.fakeB(), imageShape);
            NDArray mixed = batchMixed == null ? null : step.create(batchMixed, imageShape);
            float[] d = discriminatorStep(ps, realA, realB, fakeA, fakeB, mixed, n, rate);
            position = position.next();
            return new StepLosses(g.ab(), g.ba(), g.mixed(), g.cycle(), g.total(), d[0], d[1], d[2], d[3], d[4],
                    g.content(), writtenShare(g.fakes().fakeB()), writtenShare(g.fakes().fakeA()));
        }
    }

    private record GeneratorLosses(float ab, float ba, float mixed, float cycle, float content, float total,
                                   FakePair fakes) {
    }

    /** 3. G step: both generators, one loss, one backward, one Adam update. Returns the pre-update fakes. */
    private GeneratorLosses generatorStep(ParameterStore ps, NDArray realA, NDArray realB, NDArray n, float rate) {
        GeneratorLosses out;
        TrainingRecipe recipe = config.recipe();
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray fakeB = forward(ps, networks.generatorAB, realA);
            NDArray fakeA = forward(ps, networks.generatorBA, realB);
            if (config.warmingUp(position.step())) {
                // Warm start: each generator learns to copy its own genre's phrases; the discriminators meanwhile
                // learn what separates the genres, since the "fakes" they see are the copied sources.
                NDArray reconstruction = CycleGanLosses.balancedCrossEntropy(realA, fakeB)
                        .add(CycleGanLosses.balancedCrossEntropy(realB, fakeA));
                gc.backward(reconstruction);
                float r = reconstruction.getFloat();
                out = new GeneratorLosses(0f, 0f, 0f, 0f, r, r, new FakePair(fakeA.toFloatArray(),
                        fakeB.toFloatArray()));
            } else {
                NDArray cycleA = forward(ps, networks.generatorBA, fakeB);
                NDArray cycleB = forward(ps, networks.generatorAB, fakeA);
                NDArray ab = mse(forward(ps, networks.discriminatorB, noisy(fakeB, n)), 1f);
                NDArray ba = mse(forward(ps, networks.discriminatorA, noisy(fakeA, n)), 1f);
                NDArray cycle = (recipe.balancedCycle()
                        ? CycleGanLosses.balancedCycle(realA, cycleA).add(CycleGanLosses.balancedCycle(realB, cycleB))
                        : CycleGanLosses.cycle(realA, cycleA).add(CycleGanLosses.cycle(realB, cycleB)))
                        .mul(config.cycleWeight());
                NDArray total = ab.add(ba).add(cycle);
                NDArray content = null;
                if (recipe.retentionWeight() > 0) {
                    content = CycleGanLosses.contentChange(realA, fakeB).add(CycleGanLosses.contentChange(realB, fakeA))
                            .mul(recipe.retentionWeight());
                }
                if (recipe.identityWeight() > 0) {
                    NDArray identity = CycleGanLosses.contentChange(realB, forward(ps, networks.generatorAB, realB))
                            .add(CycleGanLosses.contentChange(realA, forward(ps, networks.generatorBA, realA)))
                            .mul(recipe.identityWeight());
                    content = content == null ? identity : content.add(identity);
                }
                if (content != null) total = total.add(content);
                NDArray mixed = null;
                if (config.mixedGeneratorTerm() && networks.discriminatorAMixed != null) {
                    // Not in the reference (spec §5): lets D_A,m / D_B,m regularize the generators as the paper intends.
                    mixed = mse(forward(ps, networks.discriminatorAMixed, noisy(fakeA, n)), 1f)
                            .add(mse(forward(ps, networks.discriminatorBMixed, noisy(fakeB, n)), 1f))
                            .mul(config.mixedWeight());
                    total = total.add(mixed);
                }
                // MXNet writes gradients rather than accumulating them: everything goes into one backward call.
                gc.backward(total);
                out = new GeneratorLosses(ab.getFloat(), ba.getFloat(), mixed == null ? 0f : mixed.getFloat(),
                        cycle.getFloat(), content == null ? 0f : content.getFloat(), total.getFloat(),
                        new FakePair(fakeA.toFloatArray(), fakeB.toFloatArray()));
            }
        }
        generatorOptimizer.step(rate, ps.getManager());
        if (average != null) average.update(ps.getManager());
        return out;
    }

    /** Share of cells at or above the 0.5 threshold: what a transfer would write. */
    private static float writtenShare(float[] probabilities) {
        int on = 0;
        for (float p : probabilities) if (p >= 0.5f) on++;
        return (float) on / probabilities.length;
    }

    /** 5. D step on real and (pooled) fake batches with the same noise; returns dA, dB, dAm, dBm, total. */
    private float[] discriminatorStep(ParameterStore ps, NDArray realA, NDArray realB, NDArray fakeA, NDArray fakeB,
                                      NDArray mixed, NDArray n, float rate) {
        float[] out = new float[5];
        try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            NDArray dA = discriminatorLoss(ps, networks.discriminatorA, realA, fakeA, n);
            NDArray dB = discriminatorLoss(ps, networks.discriminatorB, realB, fakeB, n);
            NDArray total = dA.add(dB);
            NDArray dAm = null;
            NDArray dBm = null;
            if (mixed != null) {
                dAm = discriminatorLoss(ps, networks.discriminatorAMixed, mixed, fakeA, n);
                dBm = discriminatorLoss(ps, networks.discriminatorBMixed, mixed, fakeB, n);
                total = total.add(dAm.add(dBm).mul(config.mixedWeight()));
            }
            gc.backward(total);
            out[0] = dA.getFloat();
            out[1] = dB.getFloat();
            out[2] = dAm == null ? 0f : dAm.getFloat();
            out[3] = dBm == null ? 0f : dBm.getFloat();
            out[4] = total.getFloat();
        }
        discriminatorOptimizer.step(rate, ps.getManager());
        return out;
    }

    /**
     * ½[MSE(D(real + n), 1) + MSE(D(fake + n), 0)], computed as one forward pass over the 2B concatenated inputs: with
     * equal halves the mean over (2B, 1, 16, 21) against targets 1…1 0…0 is exactly that average.
     */
    private NDArray discriminatorLoss(ParameterStore ps, Block d, NDArray real, NDArray fake, NDArray n) {
        NDArray both = NDArrays.concat(new NDList(noisy(real, n), noisy(fake, n)));   // (2B, 1, T, P)
        NDArray out = forward(ps, d, both);                                            // (2B, 1, 16, 21)
        long half = out.getShape().get(0) / 2;
        NDArray target = out.getManager().ones(new Shape(half)).concat(out.getManager().zeros(new Shape(half)))
                .reshape(-1, 1, 1, 1);
        return out.sub(target).square().mean();
    }

    private static NDArray forward(ParameterStore ps, Block block, NDArray x) {
        return block.forward(ps, new NDList(x), true).singletonOrThrow();
    }

    private static NDArray mse(NDArray scores, float target) {
        return CycleGanLosses.leastSquares(scores, target);
    }

    private static NDArray noisy(NDArray x, NDArray n) {
        return n == null ? x : x.add(n);
    }

    private void drawNoise() {
        float sigma = config.sigmaD();
        if (sigma == 0) return;
        for (int i = 0; i < noise.length; i++) noise[i] = (float) Math.abs(random.nextGaussian() * sigma);
    }

    // ---------------------------------------------------------------------------------------------- checkpoints

    @Override
    public void saveCheckpoint() throws IOException {
        JsonObject header = new JsonObject();
        header.addProperty("format", FORMAT);
        header.addProperty("savedAt", Instant.now().toString());
        header.add("config", GSON.toJsonTree(config));
        header.add("data", dataIdentity);
        header.addProperty("epoch", position.epoch());
        header.addProperty("iteration", position.iteration());
        header.addProperty("random", random.state());
        header.addProperty("generatorSteps", generatorOptimizer.steps());
        header.addProperty("discriminatorSteps", discriminatorOptimizer.steps());
        List<CheckpointFile.Section> sections = new ArrayList<>();
        for (Map.Entry<String, Block> net : networks.all().entrySet()) {
            sections.add(new CheckpointFile.Section("network:" + net.getKey(), net.getValue()::saveParameters));
        }
        sections.add(new CheckpointFile.Section("optimizer:generators", generatorOptimizer::writeTo));
        sections.add(new CheckpointFile.Section("optimizer:discriminators", discriminatorOptimizer::writeTo));
        sections.add(new CheckpointFile.Section("imagePool", pool::writeTo));
        if (average != null) sections.add(new CheckpointFile.Section("average:generators", average::writeTo));
        Files.createDirectories(directory);
        CheckpointFile.write(directory.resolve(CHECKPOINT_FILE), GSON.toJson(header),
                sections.toArray(CheckpointFile.Section[]::new));
    }

    /** The config field that may change on resume: the length of the schedule. */
    private static final String EPOCHS = "epochs";
    private static final String RECIPE = "recipe";
    private static final String VALIDATION_SHARE = "validationShare";
    private static final String AVERAGE_DECAY = "averageDecay";
    private static final String PHRASES_SHA = "phrasesSha256";

    /**
     * The saved data identity, with its report hash taken as ours when the phrases are provably the same (a dataset
     * prepared again, whose report differs only in wording or timing).
     */
    private JsonObject sameDataAs(JsonObject saved) {
        JsonObject d = saved.deepCopy();
        // Checkpoints from before the phrase hash are judged by the report hash alone.
        if (!d.has(PHRASES_SHA)) {
            d.add(PHRASES_SHA, dataIdentity.get(PHRASES_SHA));
        } else if (d.get(PHRASES_SHA).equals(dataIdentity.get(PHRASES_SHA))) {
            d.add("reportSha256", dataIdentity.get("reportSha256"));
        }
        return d;
    }

    /** A saved config with the settings that older checkpoints did not record yet, at the values they trained with. */
    static JsonObject withDefaultsOfOlderFormats(JsonObject savedConfig) {
        JsonObject c = savedConfig.deepCopy();
        // Checkpoints from before recipes existed were trained with the paper recipe.
        if (!c.has(RECIPE)) c.add(RECIPE, GSON.toJsonTree(TrainingRecipe.PAPER));
        // ... and before validation holdouts, on all of their training songs.
        if (!c.has(VALIDATION_SHARE)) c.addProperty(VALIDATION_SHARE, 0.0);
        if (!c.has(AVERAGE_DECAY)) c.addProperty(AVERAGE_DECAY, 0.0);
        return c;
    }

    private void restore(Path file) throws IOException {
        try (CheckpointFile.Reader r = CheckpointFile.open(file)) {
            JsonObject header;
            try {
                header = JsonParser.parseString(r.header()).getAsJsonObject();
            } catch (RuntimeException e) {
                throw new CheckpointException(file, "has an unreadable header", e);
            }
            if (header.get("format").getAsInt() != FORMAT) {
                throw new CheckpointException(file, "has format " + header.get("format") + ", expected " + FORMAT);
            }
            // Compared as parsed text on both sides: a float and its JSON text are not equal as JsonPrimitives.
            JsonObject saved = withDefaultsOfOlderFormats(header.get("config").getAsJsonObject());
            int savedEpochs = saved.get(EPOCHS).getAsInt();
            int epoch = header.get("epoch").getAsInt();
            if (savedEpochs != config.epochs()) {
                // A longer (or shorter) schedule may continue a run, as long as it does not end before where the run
                // already is; the learning rate then follows the new schedule from here on.
                if (config.epochs() < epoch) {
                    throw new CheckpointException(file, "is at epoch " + epoch + ", past the " + config.epochs()
                            + " epochs asked; resume with --epochs " + epoch + " or more");
                }
                saved.addProperty(EPOCHS, config.epochs());
            }
            requireSame(file, "training settings", JsonParser.parseString(GSON.toJson(config)), saved);
            requireSame(file, "training data", JsonParser.parseString(GSON.toJson(dataIdentity)),
                    sameDataAs(header.get("data").getAsJsonObject()));
            for (Map.Entry<String, Block> net : networks.all().entrySet()) {
                loadNetwork(file, net.getKey(), net.getValue(), r.section("network:" + net.getKey()));
            }
            generatorOptimizer.readFrom(r.section("optimizer:generators"));
            discriminatorOptimizer.readFrom(r.section("optimizer:discriminators"));
            pool = ImagePool.readFrom(r.section("imagePool"));
            if (average != null) average.readFrom(r.section("average:generators"));
            position = new TrainingPosition(epoch, header.get("iteration").getAsInt(),
                    position.iterationsPerEpoch(), position.epochs());
            random = TrainingRandom.restored(header.get("random").getAsLong());
        }
    }

    private void loadNetwork(Path file, String name, Block block, DataInputStream in) throws IOException {
        List<NDArray> replaced = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) replaced.add(p.getValue().getArray());
        try {
            block.loadParameters(root, in);
        } catch (MalformedModelException e) {
            throw new CheckpointException(file, "holds weights of '" + name + "' that do not fit the network: "
                    + e.getMessage(), e);
        }
        for (Pair<String, Parameter> p : block.getParameters()) {
            // Loaded arrays come back without the autograd mark that initialize() set.
            if (p.getValue().requiresGradient()) p.getValue().getArray().setRequiresGradient(true);
        }
        replaced.forEach(NDArray::close);
    }

    private static void requireSame(Path file, String what, JsonElement expected, JsonElement found)
            throws CheckpointException {
        if (expected.equals(found)) return;
        List<String> diffs = new ArrayList<>();
        if (expected.isJsonObject() && found != null && found.isJsonObject()) {
            for (String k : expected.getAsJsonObject().keySet()) {
                JsonElement e = expected.getAsJsonObject().get(k);
                JsonElement f = found.getAsJsonObject().get(k);
                if (!e.equals(f)) diffs.add(k + ": checkpoint " + f + ", now " + e);
            }
        }
        throw new CheckpointException(file, "was written with different " + what + " (" + String.join(", ", diffs)
                + "); resume with the original options, or train into a new --out directory");
    }

    @Override
    public void close() {
        if (average != null) average.close();
        generatorOptimizer.close();
        discriminatorOptimizer.close();
        root.close();
    }
}
