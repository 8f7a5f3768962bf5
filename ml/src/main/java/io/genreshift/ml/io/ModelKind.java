package io.genreshift.ml.io;

import com.google.gson.annotations.SerializedName;

import java.util.Locale;

/** What a stored network is for; recorded in its sidecar and checked when it is loaded. */
public enum ModelKind {
    /** A CycleGAN generator G_A→B: (B,1,64,84) 0/1 → (B,1,64,84) in (0,1). */
    @SerializedName("generator") GENERATOR,
    /** A CycleGAN patch discriminator for one genre of a pair. */
    @SerializedName("discriminator") DISCRIMINATOR,
    /** A genre classifier: (B,1,64,84) 0/1 → (B,classes) logits, classes in the sidecar's genre order. */
    @SerializedName("classifier") CLASSIFIER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
