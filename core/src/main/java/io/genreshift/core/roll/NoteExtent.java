package io.genreshift.core.roll;

/**
 * Which steps a note covers in a piano roll. The step of a tick is always {@code floor(tick * 4 / ppq)}
 * ({@link StepGrid#stepOf}), as in the reference.
 */
public enum NoteExtent {
    /**
     * The default. A note covers {@code [step(start), step(end))}, at least its onset step. A note on the grid covers
     * exactly its quantised length, so roll → MIDI → roll is the identity, and a re-struck note is not shortened.
     */
    EXACT,
    /**
     * The reference data's behaviour (pypianoroll 0.1.3 {@code parse_pretty_midi}, spec §1.2), for parity experiments:
     * a note covers {@code [step(start), step(end)]} inclusive, i.e. one step longer; when the step before an onset is
     * already on at that pitch it is cleared; and the note is shortened by one step when the step two after its
     * inclusive end is already on. These rules apply per instrument (track, channel, program), notes in order of their
     * end, before the instruments are merged.
     */
    PYPIANOROLL_0_1_3
}
