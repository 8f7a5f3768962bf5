package io.genreshift.ml.train;

import java.util.Arrays;
import java.util.Locale;

/** The reference's three CycleGAN models (spec §5), which differ in their extra discriminators and mixed data. */
public enum CycleGanModel {
    /** G_A→B, G_B→A, D_A, D_B. No image pool (the reference applies the pool only to partial/full). */
    BASE,
    /** Adds D_A,m and D_B,m, whose real data is the union of the pair's two training sets. */
    PARTIAL,
    /** Adds D_A,m and D_B,m, whose real data is the training phrases of all genres of the corpus. */
    FULL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean hasMixedDiscriminators() {
        return this != BASE;
    }

    public boolean usesImagePool() {
        return this != BASE;
    }

    public static CycleGanModel parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown model '" + s + "'; expected one of "
                    + Arrays.stream(values()).map(CycleGanModel::id).toList());
        }
    }
}
