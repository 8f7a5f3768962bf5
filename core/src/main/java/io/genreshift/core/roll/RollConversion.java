package io.genreshift.core.roll;

/**
 * A song's piano roll together with what the conversion left out, for the corpus report and the info command.
 *
 * @param roll the binary roll (drums dropped, all other tracks merged, MIDI 24..107)
 * @param notesClipped pitched (non-drum) notes outside MIDI 24..107, not in the roll
 * @param drumNotesDropped notes on the drum channel, not in the roll
 */
public record RollConversion(PianoRoll roll, int notesClipped, int drumNotesDropped) {
}
