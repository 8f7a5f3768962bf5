package io.genreshift.core.study;

import io.genreshift.core.metrics.ContentChange;

import java.util.Objects;

/** Which variant made a clip, and how much its transfer changed the snippet's content (cells, as in ContentChange). */
public record KeyedClip(String snippet, String clip, String variant, int added, int removed, int sourceCells) {
    public KeyedClip {
        Objects.requireNonNull(snippet, "snippet");
        Objects.requireNonNull(clip, "clip");
        Objects.requireNonNull(variant, "variant of clip " + clip);
    }

    public ContentChange change() {
        return new ContentChange(added, removed, sourceCells);
    }
}
