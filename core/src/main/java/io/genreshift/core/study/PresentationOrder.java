package io.genreshift.core.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order a participant hears a snippet's clips in (labelled A, B, C, ...): a shuffle seeded by the session and the
 * snippet, so every participant gets their own order per snippet, and a resumed session gets the same letters again.
 */
public final class PresentationOrder {

    private PresentationOrder() {
    }

    public static List<String> of(StudySnippet snippet, String session) {
        List<String> ids = new ArrayList<>(snippet.clips().stream().map(StudyClip::id).toList());
        // String.hashCode is fixed by the language spec, so the order is the same on every JVM.
        long seed = ((long) session.hashCode() << 32) ^ snippet.id().hashCode();
        Collections.shuffle(ids, new Random(seed));
        return List.copyOf(ids);
    }

    /** "A", "B", ... for positions 0, 1, ... */
    public static String label(int position) {
        return String.valueOf((char) ('A' + position));
    }
}
