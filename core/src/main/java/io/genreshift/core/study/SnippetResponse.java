package io.genreshift.core.study;

import java.util.List;
import java.util.Objects;

/**
 * A participant's answer for one snippet: the clip ids in the order they were labelled A, B, C, ... for this participant,
 * the two rankings of clip ids, and an optional comment.
 */
public record SnippetResponse(String snippet, List<String> presented, Ranking retention, Ranking quality, String comment) {
    public SnippetResponse {
        Objects.requireNonNull(snippet, "snippet");
        presented = List.copyOf(presented);
        Objects.requireNonNull(retention, "retention ranking of snippet " + snippet);
        Objects.requireNonNull(quality, "quality ranking of snippet " + snippet);
        comment = comment == null ? "" : comment;
    }
}
