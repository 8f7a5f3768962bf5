package io.genreshift.core.corpus;

import java.util.Locale;

/** The song-level train/test split of a prepared corpus. */
public enum Split {
    TRAIN, TEST;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
