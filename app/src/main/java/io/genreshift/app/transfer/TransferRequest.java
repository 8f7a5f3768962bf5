package io.genreshift.app.transfer;

import java.util.Objects;

/**
 * One transfer as the user set it up in the panel.
 *
 * @param threshold binarization threshold of the generator's output, 0..1; lower keeps more notes
 * @param keepMelody keep the top voice of the original untouched
 */
public record TransferRequest(String from, String to, ModelVariant variant, double threshold, boolean keepMelody) {
    public TransferRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(variant, "variant");
        if (from.equals(to)) throw new IllegalArgumentException("source and target genre are both " + to);
        if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in 0..1, was " + threshold);
    }

    /** The version name the result gets: "Transferred → jazz (SN)". */
    public String versionName() {
        return "Transferred → " + to + " (" + variant.label() + ")";
    }
}
