package io.genreshift.core.roll;

/**
 * The sixteenth-note grid of a song: {@value PianoRoll#STEPS_PER_BEAT} steps per quarter note, in ticks, so the grid
 * follows the tempo map instead of seconds. Works for any resolution of at least 4 ticks per quarter note, including
 * ones not divisible by 4 (a step then starts on the first tick at or after its exact position).
 */
public record StepGrid(int ppq) {

    public StepGrid {
        if (ppq < PianoRoll.STEPS_PER_BEAT) {
            throw new IllegalArgumentException("ppq must be >= " + PianoRoll.STEPS_PER_BEAT + " for a sixteenth grid, was " + ppq);
        }
    }

    /** The step containing {@code tick}: {@code floor(tick * 4 / ppq)}. */
    public long stepOf(long tick) {
        return Math.floorDiv(tick * PianoRoll.STEPS_PER_BEAT, ppq);
    }

    /** First tick of {@code step}: {@code ceil(step * ppq / 4)}; {@code stepOf(tickOf(s)) == s} for every s. */
    public long tickOf(long step) {
        return -Math.floorDiv(-step * ppq, PianoRoll.STEPS_PER_BEAT);
    }

    /**
     * Steps needed to cover ticks {@code [0, lengthTicks)}: up to the step of the last tick (a partial last step counts).
     * {@code stepsCovering(tickOf(s)) == s}, also when ppq is not divisible by 4.
     */
    public long stepsCovering(long lengthTicks) {
        return lengthTicks <= 0 ? 0 : stepOf(lengthTicks - 1) + 1;
    }
}
