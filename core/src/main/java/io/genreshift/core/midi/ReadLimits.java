package io.genreshift.core.midi;

/**
 * Upper bounds that keep a hostile or broken file from exhausting memory or time. Real songs stay far below them: over
 * the 2,172 files of /work/shared/data/midi the maxima are 232 KB, 25,910 notes, 130 tracks and 4,968 beats
 * (measured by reading every file with {@link MidiReader}, 2026-11-25).
 *
 * @param maxFileBytes largest file accepted
 * @param maxTracks track chunks (real files have a few dozen at most)
 * @param maxEvents channel and meta events kept over all tracks (controllers are skipped and not counted)
 * @param maxNotes notes in the song
 * @param maxBeats song length in quarter notes: 100,000 beats are 14 hours at 120 BPM
 */
public record ReadLimits(int maxFileBytes, int maxTracks, int maxEvents, int maxNotes, long maxBeats) {
    public static final ReadLimits DEFAULT = new ReadLimits(16 << 20, 1024, 2_000_000, 500_000, 100_000);

    public ReadLimits {
        if (maxFileBytes < 14 || maxTracks < 1 || maxEvents < 1 || maxNotes < 1 || maxBeats < 1) {
            throw new IllegalArgumentException("limits must be positive (and allow a 14-byte header)");
        }
    }
}
