package io.genreshift.ml.io;

import io.genreshift.ml.model.NetworkConfig;
import io.genreshift.ml.model.Variant;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * What a stored network is: the part of its sidecar that says how to rebuild it and where it came from.
 * The weights' fingerprint is in {@link ModelSidecar}. Immutable; the constructor rejects incomplete cards, so a card
 * read from a sidecar is always usable.
 *
 * @param kind       generator, discriminator or classifier
 * @param network    the CycleGAN size, stored as explicit numbers (the meaning of "compact" may change; a stored
 *                   model's must not); {@code null} for classifiers, whose size is fixed
 * @param variant    base, sn, sa or sn+sa; {@code null} for classifiers
 * @param genres     for a classifier its class order (class i = genres[i]); for the CycleGAN networks the training pair
 *                   (A, B)
 * @param direction  generators only: what the generator transfers from and to; {@code null} otherwise
 * @param realGenre  discriminators only: the genre whose real phrases it accepts; {@code null} otherwise
 * @param provenance data hash, exact command and final metrics of the training run
 * @param createdAt  when the card was made, ISO-8601
 */
public record ModelCard(ModelKind kind, NetworkConfig network, Variant variant, List<String> genres, TransferDirection direction,
                        String realGenre, TrainingProvenance provenance, String createdAt) {

    public ModelCard {
        if (kind == null) throw new IllegalArgumentException("no model kind (generator, discriminator or classifier)");
        if (genres == null || genres.size() < 2) throw new IllegalArgumentException("a model needs at least two genres, got " + genres);
        genres = List.copyOf(genres);
        if (new HashSet<>(genres).size() != genres.size() || genres.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("genres must be distinct names, got " + genres);
        }
        if (provenance == null) throw new IllegalArgumentException("no provenance (data hash, command, final metrics)");
        createdAt = createdAt == null ? "" : createdAt;
        switch (kind) {
            case GENERATOR -> {
                requireArchitecture(network, variant);
                if (direction == null) throw new IllegalArgumentException("a generator needs a direction such as classic->pop");
                if (!genres.contains(direction.from()) || !genres.contains(direction.to())) {
                    throw new IllegalArgumentException("direction " + direction + " is not within the pair " + genres);
                }
                if (realGenre != null) throw new IllegalArgumentException("a generator has no real genre");
            }
            case DISCRIMINATOR -> {
                requireArchitecture(network, variant);
                if (realGenre == null || !genres.contains(realGenre)) {
                    throw new IllegalArgumentException("a discriminator needs the genre it accepts, one of " + genres + ", got " + realGenre);
                }
                if (direction != null) throw new IllegalArgumentException("a discriminator has no direction");
            }
            case CLASSIFIER -> {
                if (direction != null || realGenre != null) throw new IllegalArgumentException("a classifier has neither direction nor real genre");
                if (network != null || variant != null) throw new IllegalArgumentException("a classifier has neither network size nor variant");
            }
        }
    }

    public static ModelCard generator(NetworkConfig network, Variant variant, List<String> pair, TransferDirection direction,
                                      TrainingProvenance provenance) {
        return new ModelCard(ModelKind.GENERATOR, network, variant, pair, direction, null, provenance, Instant.now().toString());
    }

    public static ModelCard discriminator(NetworkConfig network, Variant variant, List<String> pair, String realGenre,
                                          TrainingProvenance provenance) {
        return new ModelCard(ModelKind.DISCRIMINATOR, network, variant, pair, null, realGenre, provenance, Instant.now().toString());
    }

    /** A classifier over {@code classes} in this order (2 for a pair classifier, 3 for genre detection). */
    public static ModelCard classifier(List<String> classes, TrainingProvenance provenance) {
        return new ModelCard(ModelKind.CLASSIFIER, null, null, classes, null, null, provenance, Instant.now().toString());
    }

    /** The class index of {@code genre} in a classifier's output. */
    public int classIndex(String genre) {
        int i = genres.indexOf(genre);
        if (i < 0) throw new IllegalArgumentException("the " + describe() + " does not know genre '" + genre + "'; it knows " + genres);
        return i;
    }

    /** One line for messages and listings, e.g. {@code generator classic->pop (sn, 16,4,16)}. */
    public String describe() {
        return switch (kind) {
            case GENERATOR -> "generator " + direction + " (" + variant.id() + ", " + size() + ")";
            case DISCRIMINATOR -> "discriminator for " + realGenre + " in " + String.join("/", genres) + " (" + variant.id() + ", " + size() + ")";
            case CLASSIFIER -> genres.size() + "-genre classifier " + String.join("/", genres);
        };
    }

    private String size() {
        return network.genWidth() + "," + network.resBlocks() + "," + network.discWidth();
    }

    private static void requireArchitecture(NetworkConfig network, Variant variant) {
        if (network == null) throw new IllegalArgumentException("no network size (gen_width, res_blocks, disc_width)");
        if (variant == null) throw new IllegalArgumentException("no variant (base, sn, sa or sn+sa)");
    }
}
