package io.genreshift.ml.study;

import io.genreshift.core.model.Song;
import io.genreshift.core.model.SongExcerpt;

import java.nio.file.Path;

/** A snippet picked for a study: bars {@code firstBar..lastBar} of {@code song} (read from {@code source}), transferred from→to. */
public record SnippetChoice(String from, String to, Path source, Song song, int firstBar, int lastBar) {

    public Song excerpt() {
        return SongExcerpt.bars(song, firstBar, lastBar);
    }

    public String bars() {
        return firstBar + "-" + lastBar;
    }
}
