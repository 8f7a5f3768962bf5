package io.genreshift.ml.io;

import io.genreshift.ml.model.Variant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The models in one folder (by default {@link #defaultFolder()}), found by their sidecars rather than their file
 * names: pair classifiers, genre-detection classifiers (three or more genres) and generators per direction and variant.
 *
 * <p>Opening a library reads only sidecars; broken ones are collected in {@link #problems()} instead of failing, so
 * the app can start with a partial library and say what is wrong. When several models fit a request, the newest one
 * (by its card's {@code created_at}) wins.
 */
public final class ModelLibrary {
    public static final String DEFAULT_FOLDER_NAME = "assets/models";
    /** Set by the launcher to the installation folder, so the shipped models are found from any working directory. */
    public static final String HOME_PROPERTY = "genreshift.home";

    private static final Comparator<StoredModel> NEWEST_FIRST =
            Comparator.comparing((StoredModel m) -> createdAt(m.card())).reversed().thenComparing(m -> m.weightsFile().toString());

    private final Path folder;
    private final List<StoredModel> models;
    private final List<ModelFileException> problems;

    private ModelLibrary(Path folder, List<StoredModel> models, List<ModelFileException> problems) {
        this.folder = folder;
        this.models = models.stream().sorted(NEWEST_FIRST).toList();
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads the sidecars in {@code folder}. A folder that does not exist gives an empty library (see {@link #missing}).
     *
     * @throws IOException when the folder exists but cannot be listed
     */
    public static ModelLibrary open(Path folder) throws IOException {
        List<StoredModel> found = new ArrayList<>();
        List<ModelFileException> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) return new ModelLibrary(folder, found, problems);
        List<Path> listed;
        try (Stream<Path> files = Files.list(folder)) {
            listed = files.sorted().toList();
        }
        List<Path> sidecars = listed.stream().filter(p -> p.getFileName().toString().endsWith(ModelFileNames.SIDECAR_SUFFIX)).toList();
        // A weights file without its sidecar cannot be rebuilt; say so instead of ignoring it silently.
        for (Path weights : listed) {
            if (weights.getFileName().toString().endsWith(ModelFileNames.WEIGHTS_SUFFIX)
                    && !Files.exists(ModelFileNames.sidecarOf(weights))) {
                problems.add(new ModelFileException(weights, "its sidecar " + ModelFileNames.sidecarOf(weights).getFileName()
                        + " is missing, so the architecture is unknown",
                        "Copy the model's .json file next to it, or delete the .params file"));
            }
        }
        for (Path sidecar : sidecars) {
            Path weights = ModelFileNames.weightsOf(sidecar);
            if (!Files.isRegularFile(weights)) {
                problems.add(new ModelFileException(sidecar, "its weights file " + weights.getFileName() + " is missing",
                        "Copy the model's .params file next to it, or delete the sidecar"));
                continue;
            }
            try {
                ModelSidecar read = ModelFiles.readSidecar(weights);
                // A sidecar copied over another model's would otherwise shadow that model and fail only when loaded.
                if (!read.weights().file().equals(weights.getFileName().toString())) {
                    throw new ModelFileException(sidecar, "it describes the weights file '" + read.weights().file()
                            + "', not " + weights.getFileName() + ", so it was copied from another model",
                            "Restore this model's own .json file, or delete both files of the model");
                }
                found.add(new StoredModel(weights, read.model()));
            } catch (ModelFileException e) {
                problems.add(e);
            }
        }
        return new ModelLibrary(folder, found, problems);
    }

    /** {@code assets/models} of the installation ({@value #HOME_PROPERTY}), or of the working directory. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty(HOME_PROPERTY, "")).resolve(DEFAULT_FOLDER_NAME);
    }

    public Path folder() {
        return folder;
    }

    /** All readable models, newest first. */
    public List<StoredModel> models() {
        return models;
    }

    /** Model files that cannot be used: unreadable or foreign sidecars, weights without a sidecar and sidecars without weights. */
    public List<ModelFileException> problems() {
        return problems;
    }

    /** The classifier trained on exactly {@code genres} (in any class order). */
    public Optional<StoredModel> classifier(Collection<String> genres) {
        Set<String> wanted = new HashSet<>(genres);
        return models.stream()
                .filter(m -> m.card().kind() == ModelKind.CLASSIFIER && new HashSet<>(m.card().genres()).equals(wanted))
                .findFirst();
    }

    /** The classifier with the most genres (at least three), used to detect a song's genre. */
    public Optional<StoredModel> genreDetector() {
        return models.stream()
                .filter(m -> m.card().kind() == ModelKind.CLASSIFIER && m.card().genres().size() >= 3)
                .max(Comparator.comparingInt(m -> m.card().genres().size()));
    }

    public Optional<StoredModel> generator(TransferDirection direction, Variant variant) {
        return models.stream()
                .filter(m -> m.card().kind() == ModelKind.GENERATOR && m.card().direction().equals(direction)
                        && m.card().variant() == variant)
                .findFirst();
    }

    /** The variants with a generator for {@code direction}, in the enum's order. */
    public Set<Variant> variants(TransferDirection direction) {
        Set<Variant> out = EnumSet.noneOf(Variant.class);
        for (StoredModel m : models) {
            if (m.card().kind() == ModelKind.GENERATOR && m.card().direction().equals(direction)) out.add(m.card().variant());
        }
        return out;
    }

    /** Every genre some model knows, sorted. */
    public Set<String> genres() {
        Set<String> out = new TreeSet<>();
        for (StoredModel m : models) out.addAll(m.card().genres());
        return out;
    }

    /**
     * What this library lacks for transferring between all of {@code genres} with {@code variant}: one line per missing
     * model, such as {@code "generator classic->jazz (sn)"} or {@code "classifier classic/jazz"}. Empty when complete.
     */
    public List<String> missing(List<String> genres, Variant variant) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < genres.size(); i++) {
            for (int j = i + 1; j < genres.size(); j++) {
                String a = genres.get(i);
                String b = genres.get(j);
                if (classifier(List.of(a, b)).isEmpty()) out.add("classifier " + a + "/" + b);
                for (TransferDirection d : List.of(new TransferDirection(a, b), new TransferDirection(b, a))) {
                    if (generator(d, variant).isEmpty()) out.add("generator " + d + " (" + variant.id() + ")");
                }
            }
        }
        if (genres.size() >= 3 && classifier(genres).isEmpty()) out.add("classifier " + String.join("/", genres));
        return out;
    }

    private static Instant createdAt(ModelCard card) {
        try {
            return Instant.parse(card.createdAt());
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    @Override
    public String toString() {
        return "ModelLibrary[" + folder + ", " + models.size() + " models, " + problems.size() + " problems]";
    }
}
