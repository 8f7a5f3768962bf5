package io.genreshift.core.midi;

/**
 * Upper bounds that keep a hostile or broken file from exhausting memory or time. Real songs stay far below them:
 * the largest file of the three training corpora is well under 1 MB with fewer than 100k notes.
 *
 * @param maxFileBytes largest file accepted
 * @param maxEvents channel and meta events kept over all tracks (controllers are skipped and not counted)
 * @param maxNotes notes in the song
 * @param maxBeats song length in quarter notes: 100,000 beats are 14 hours at 120 BPM
 */
public record ReadLimits(int maxFileBytes, int maxEvents, int maxNotes, long maxBeats) {
    public static final ReadLimits DEFAULT = new ReadLimits(16 << 20, 2_000_000, 500_000, 100_000);

    public ReadLimits {
        if (maxFileBytes < 14 || maxEvents < 1 || maxNotes < 1 || maxBeats < 1) {
            throw new IllegalArgumentException("limits must be positive (and allow a 14-byte header)");
        }
    }
}
