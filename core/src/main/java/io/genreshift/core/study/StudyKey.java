package io.genreshift.core.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The study's key ({@code key.json}): clip id to variant and content change. Only the report reads it; a study
 * coordinator can hand out copies of the study folder without it.
 */
public record StudyKey(int version, List<KeyedClip> clips) {
    public StudyKey {
        if (version != StudyDefinition.VERSION) {
            throw new IllegalArgumentException("key file version " + version + ", this GenreShift reads " + StudyDefinition.VERSION);
        }
        clips = List.copyOf(clips);
    }

    /** Clip id to variant id. */
    public Map<String, String> variantsByClip() {
        Map<String, String> map = new LinkedHashMap<>();
        for (KeyedClip c : clips) map.put(c.clip(), c.variant());
        return map;
    }

    /** The variants in the study, in the order of first appearance. */
    public List<String> variants() {
        return clips.stream().map(KeyedClip::variant).distinct().toList();
    }
}
