package io.genreshift.core.roll;

/**
 * A maximal run of consecutive active cells at one pitch: the note a binary roll implies.
 *
 * @param pitch MIDI pitch (24..107)
 * @param startStep first active step
 * @param endStep step after the last active one
 */
public record NoteRun(int pitch, int startStep, int endStep) {
    public NoteRun {
        if (!PianoRoll.inWindow(pitch)) throw new IllegalArgumentException("pitch outside the roll: " + pitch);
        if (startStep < 0 || endStep <= startStep) throw new IllegalArgumentException("empty run " + startStep + ".." + endStep);
    }

    public int length() {
        return endStep - startStep;
    }
}
