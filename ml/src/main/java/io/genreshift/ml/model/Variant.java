package io.genreshift.ml.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The 2019 follow-up's model variants (spec §9, §10): spectral normalization and/or self-attention. */
public enum Variant {
    BASE("base", false, false),
    SN("sn", true, false),
    SA("sa", false, true),
    SN_SA("sn+sa", true, true);

    private final String id;
    private final boolean spectralNorm;
    private final boolean selfAttention;

    Variant(String id, boolean spectralNorm, boolean selfAttention) {
        this.id = id;
        this.spectralNorm = spectralNorm;
        this.selfAttention = selfAttention;
    }

    /** The variant with these switches. */
    public static Variant of(boolean spectralNorm, boolean selfAttention) {
        for (Variant v : values()) {
            if (v.spectralNorm == spectralNorm && v.selfAttention == selfAttention) {
                return v;
            }
        }
        throw new AssertionError("every combination has a variant");
    }

    /** Parses {@code base}, {@code sn}, {@code sa} or {@code sn+sa} (case-insensitive). */
    public static Variant parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Variant v : values()) {
            if (v.id.equals(t)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown variant '" + text + "': use one of "
                + Arrays.stream(values()).map(Variant::id).collect(Collectors.joining(", ")));
    }

    /** The command-line and file-name form: base, sn, sa, sn+sa. */
    public String id() {
        return id;
    }

    /** Spectral normalization on every conv except the transposed convs and the classifier. */
    public boolean spectralNorm() {
        return spectralNorm;
    }

    /** Two self-attention blocks in each generator and discriminator. */
    public boolean selfAttention() {
        return selfAttention;
    }
}
