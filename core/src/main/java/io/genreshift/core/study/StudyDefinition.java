package io.genreshift.core.study;

import java.util.List;
import java.util.Objects;

/**
 * A study as participants get it ({@code study.json}): the snippets and their clips, without the variant names, so the
 * app can run the study from this file alone and reveal nothing. The key lives in {@code key.json} ({@link StudyKey}).
 */
public record StudyDefinition(int version, String title, List<String> pair, int bars, long seed, List<StudySnippet> snippets) {
    public static final int VERSION = 1;

    public StudyDefinition {
        if (version != VERSION) throw new IllegalArgumentException("study file version " + version + ", this GenreShift reads " + VERSION);
        Objects.requireNonNull(title, "title");
        pair = List.copyOf(pair);
        if (snippets == null || snippets.isEmpty()) throw new IllegalArgumentException("a study needs at least one snippet");
        snippets = List.copyOf(snippets);
    }

    public StudySnippet snippet(String id) {
        return snippets.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the study has no snippet '" + id + "'"));
    }
}
