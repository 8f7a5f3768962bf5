package io.genreshift.core.study;

import java.util.Objects;

/**
 * One transfer of a snippet as participants see it: an opaque id (which variant made it is only in the {@link StudyKey})
 * and its WAV file, relative to the study folder.
 */
public record StudyClip(String id, String audio) {
    public StudyClip {
        Objects.requireNonNull(id, "clip id");
        Objects.requireNonNull(audio, "clip audio");
    }
}
