package io.genreshift.core.model;

/** Named MIDI constants and range checks shared by the whole project. */
public final class Midi {
    /** Channel 10 in the 1-based numbering musicians use. */
    public static final int DRUM_CHANNEL = 9;
    public static final int MAX_VELOCITY = 127;
    public static final int DEFAULT_PPQ = 480;
    /** 120 BPM, the tempo a file has before its first tempo event (SMF spec). */
    public static final int DEFAULT_MICROS_PER_QUARTER = 500_000;

    private Midi() {
    }

    public static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    static void checkRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be in " + min + ".." + max + ", was " + value);
        }
    }

    private static final String[] NAMES = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};

    /** Scientific pitch name with middle C = C4 = 60, e.g. {@code 61 -> "C#4"}. */
    public static String pitchName(int pitch) {
        return NAMES[Math.floorMod(pitch, 12)] + (Math.floorDiv(pitch, 12) - 1);
    }
}
