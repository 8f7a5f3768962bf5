package io.genreshift.ml.transfer;

import io.genreshift.ml.model.Variant;

import java.util.Optional;

/**
 * What a musician asks {@link GenreTransfer} for. Build with {@link #to(String)} and the {@code with*} methods.
 *
 * @param target     the genre to transfer to
 * @param source     the song's genre, or empty to detect it with the genre classifier ({@code --from auto})
 * @param variant    which trained generators to use (the paper's SN keeps the most content)
 * @param threshold  a generated cell becomes a note when its value is above this, in (0, 1)
 * @param keepMelody put the original's skyline back on top after the transfer ({@link Skyline#keep})
 */
public record TransferRequest(String target, Optional<String> source, Variant variant, float threshold, boolean keepMelody) {
    public static final float DEFAULT_THRESHOLD = 0.5f;
    public static final Variant DEFAULT_VARIANT = Variant.SN;

    public TransferRequest {
        if (target == null || target.isBlank()) throw new IllegalArgumentException("name the genre to transfer to");
        if (source == null) source = Optional.empty();
        if (source.isPresent() && source.get().equals(target)) {
            throw new IllegalArgumentException("the song is already " + target + ": choose another target or source genre");
        }
        if (variant == null) throw new IllegalArgumentException("no variant");
        if (!(threshold > 0 && threshold < 1)) throw new IllegalArgumentException("the threshold must be in (0, 1), was " + threshold);
    }

    /** To {@code target}, detecting the source, SN generators, threshold 0.5, melody not forced. */
    public static TransferRequest to(String target) {
        return new TransferRequest(target, Optional.empty(), DEFAULT_VARIANT, DEFAULT_THRESHOLD, false);
    }

    /** From {@code genre}, or detected when it is {@code null} or {@code "auto"}. */
    public TransferRequest withSource(String genre) {
        Optional<String> s = genre == null || genre.equals("auto") ? Optional.empty() : Optional.of(genre);
        return new TransferRequest(target, s, variant, threshold, keepMelody);
    }

    public TransferRequest withVariant(Variant v) {
        return new TransferRequest(target, source, v, threshold, keepMelody);
    }

    public TransferRequest withThreshold(float t) {
        return new TransferRequest(target, source, variant, t, keepMelody);
    }

    public TransferRequest withKeepMelody(boolean keep) {
        return new TransferRequest(target, source, variant, threshold, keep);
    }
}
