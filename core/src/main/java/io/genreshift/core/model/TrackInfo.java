package io.genreshift.core.model;

/**
 * What a source track was: its name, its main channel and program, and whether it plays drums.
 * The notes themselves live in {@link Song#notes()} and point back here by index.
 */
public record TrackInfo(int index, String name, int channel, int program, boolean drums) {
    public TrackInfo {
        if (index < 0) throw new IllegalArgumentException("index must be >= 0, was " + index);
        name = name == null ? "" : name;
    }
}
