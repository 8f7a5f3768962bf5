package io.genreshift.core.study;

import java.util.List;
import java.util.Objects;

/**
 * One snippet of a study: where it came from, the direction it was transferred in, the original's WAV and the
 * transfers' clips in a shuffled order that says nothing about the variants.
 *
 * @param source the MIDI file the excerpt was cut from (as given on the command line)
 * @param bars   the excerpt's bars in the source, e.g. {@code 9-16}
 */
public record StudySnippet(String id, String from, String to, String source, String bars, String originalAudio,
                           List<StudyClip> clips) {
    public StudySnippet {
        Objects.requireNonNull(id, "snippet id");
        Objects.requireNonNull(originalAudio, "original audio of snippet " + id);
        if (clips == null || clips.size() < 2) {
            throw new IllegalArgumentException("snippet " + id + " needs at least 2 transfers to compare, has "
                    + (clips == null ? 0 : clips.size()));
        }
        clips = List.copyOf(clips);
    }
}
